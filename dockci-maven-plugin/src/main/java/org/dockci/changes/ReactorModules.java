package org.dockci.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dockci.dockerfile.DockerfileParser;
import org.dockci.dockerfile.ImageReference;

/**
 * The container modules of one build, in reactor order, each with the modules it builds FROM (read
 * from its Dockerfile).
 */
public final class ReactorModules {

    private ReactorModules() {
    }

    /**
     * The modules named in {@code folders} (artifactId → folder holding a Dockerfile, in reactor order);
     * {@code imageOf} gives a module's image repository from its name. Reads every module's Dockerfile: a build
     * asks once ({@link Detection#reactor}).
     */
    public static List<ContainerModule> read(Map<String, Path> folders, Function<String, ImageReference> imageOf) {
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
