package org.dockci.report;

import java.nio.file.Path;
import java.util.List;

/**
 * A container module the report has a row for.
 *
 * @param module           its name (artifactId)
 * @param path             its folder relative to the repository's top, {@code containers/x3-webdav}
 * @param buildDirectories its {@code target} folder, then those of later builds of the same module elsewhere (a
 *                         release's {@code release:perform} builds it again in its own checkout): the report takes
 *                         the last record of this build among them
 */
public record ContainerFolder(String module, String path, List<Path> buildDirectories) {

    /** Keeps an unmodifiable copy. */
    public ContainerFolder {
        buildDirectories = List.copyOf(buildDirectories);
    }

    /** A module built in {@code buildDirectory} only. */
    public ContainerFolder(String module, String path, Path buildDirectory) {
        this(module, path, List.of(buildDirectory));
    }
}
