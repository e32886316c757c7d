package org.dockci.changes;

import java.nio.file.Path;
import java.util.Set;

/**
 * One container module of the reactor.
 *
 * @param name      its artifactId, which its release tags carry
 * @param directory its folder, {@code containers/<name>}
 * @param bases     the names of the modules whose images its Dockerfile builds {@code FROM}
 */
public record ContainerModule(String name, Path directory, Set<String> bases) {

    /** Keeps an unmodifiable copy of the bases. */
    public ContainerModule {
        bases = Set.copyOf(bases);
    }

    /** A module that builds from no other module's image. */
    public static ContainerModule of(String name, Path directory) {
        return new ContainerModule(name, directory, Set.of());
    }
}
