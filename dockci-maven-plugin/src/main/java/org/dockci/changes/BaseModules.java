package org.dockci.changes;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
}
