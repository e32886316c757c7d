package org.dockci.changes;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.FromImage;
import org.dockci.dockerfile.ImageReference;

/**
 * The container modules whose images a Dockerfile builds {@code FROM}: a FROM naming a module's image repository,
 * with any tag or digest (one a build argument gives included), after the global ARGs' defaults are applied. Names
 * compare normalised, as Docker does: {@code dockci/x3-base} and {@code docker.io/dockci/x3-base} are one image.
 */
public final class BaseModules {

    private BaseModules() {
    }

    /** The names of {@code moduleImages} (module name → its image repository) that {@code dockerfile} builds FROM. */
    public static Set<String> of(Dockerfile dockerfile, Map<String, ImageReference> moduleImages) {
        Set<String> bases = new TreeSet<>();
        for (FromImage image : dockerfile.baseImages()) {
            image.repository().ifPresent(repository -> moduleImages.forEach((module, moduleImage) -> {
                if (moduleImage.sameRepository(repository)) {
                    bases.add(module);
                }
            }));
        }
        return bases;
    }

    /**
     * The names of the modules whose images {@code dockerfile} builds FROM, whether or not they are in the build: a
     * FROM naming the image {@code imageOf} composes from its last path component ({@code x3-base} of
     * {@code localhost:5000/dockci/x3-base:1.3.0}).
     */
    public static Set<String> named(Dockerfile dockerfile, Function<String, ImageReference> imageOf) {
        Set<String> bases = new TreeSet<>();
        for (FromImage image : dockerfile.baseImages()) {
            image.repository().ifPresent(repository -> {
                String name = repository.path().substring(repository.path().lastIndexOf('/') + 1);
                if (imageOf.apply(name).sameRepository(repository)) {
                    bases.add(name);
                }
            });
        }
        return bases;
    }
}
