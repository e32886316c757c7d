package org.dockci.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.dockci.dockerfile.DockerfileParser;
import org.dockci.dockerfile.ImageReference;

/**
 * The container modules of one build, in reactor order, each with the modules it builds FROM (read
 * from its Dockerfile). Made once per build: every module's goal asks for the same list.
 */
public final class ReactorModules {

    private static final ConcurrentMap<String, List<ContainerModule>> FOR_BUILD = new ConcurrentHashMap<>();

    private ReactorModules() {
    }

    /**
     * The modules named in {@code folders} (artifactId → folder holding a Dockerfile, in reactor order) for
     * the build {@code sessionKey}; {@code imageOf} gives a module's image repository from its name.
     * {@code folders} is called once per build, though every module's goal asks: listing the folders looks into
     * every module's folder.
     */
    public static List<ContainerModule> forBuild(String sessionKey, Supplier<Map<String, Path>> folders,
            Function<String, ImageReference> imageOf) {
        FOR_BUILD.keySet().removeIf(key -> !key.equals(sessionKey));
        return FOR_BUILD.computeIfAbsent(sessionKey, key -> read(folders.get(), imageOf));
    }

    private static List<ContainerModule> read(Map<String, Path> folders, Function<String, ImageReference> imageOf) {
        Map<String, ImageReference> images = new HashMap<>();
        folders.keySet().forEach(name -> images.put(name, imageOf.apply(name)));
        List<ContainerModule> modules = new ArrayList<>();
        folders.forEach((name, folder) -> {
            try {
                Set<String> bases = BaseModules.of(DockerfileParser.parse(folder.resolve("Dockerfile")), images);
                bases.remove(name);
                modules.add(new ContainerModule(name, folder, bases));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder.resolve("Dockerfile"), e);
            }
        });
        return List.copyOf(modules);
    }
}
