package org.dockci.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * A container created from an image and never started: its filesystem is the image's, read with
 * {@code docker cp} without running anything of the image. Closing it removes it.
 */
public final class CreatedContainer implements AutoCloseable {

    /** Reads what {@code docker cp} streams of a path: a tar archive. */
    @FunctionalInterface
    public interface ArchiveReader<T> {
        /** Reads as much of {@code archive} as it needs; the rest is thrown away. */
        T read(InputStream archive) throws IOException;
    }

    private final DockerEngine engine;
    private final String name;
    private final Duration timeout;

    CreatedContainer(DockerEngine engine, String name, Duration timeout) {
        this.engine = engine;
        this.name = name;
        this.timeout = timeout;
    }

    /**
     * {@code path} as a tar archive ({@code docker cp CONTAINER:PATH -}; with {@code followLink}, a symbolic link
     * at the end of the path is followed), handed to {@code reader}; empty when the path does not exist.
     */
    public <T> Optional<T> read(String path, boolean followLink, ArchiveReader<T> reader) {
        return engine.copyFrom(name, path, followLink, timeout, reader);
    }

    /** Removes the container. */
    @Override
    public void close() {
        engine.remove(name);
    }
}
