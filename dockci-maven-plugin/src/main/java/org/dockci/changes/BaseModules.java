package org.dockci.changes;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.ShellWord;

/**
 * The container modules whose images a Dockerfile builds {@code FROM}: a FROM image named
 * {@code <imagePrefix><module>}, with any tag or digest, after the global ARGs' defaults are applied.
 */
public final class BaseModules {

    private BaseModules() {
    }

    /**
     * The names among {@code modules} that {@code dockerfile} builds FROM; {@code imagePrefix} is what
     * comes before a module's name in its image, e.g. {@code localhost:5000/dockci/}.
     */
    public static Set<String> of(Dockerfile dockerfile, String imagePrefix, Set<String> modules) {
        char escape = dockerfile.directives().escape();
        Map<String, String> args = dockerfile.globalArgDefaults(); // an ARG without default expands to nothing
        Set<String> bases = new TreeSet<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.From from) {
                String image = withoutTagOrDigest(ShellWord.process(from.image(), args, escape));
                if (image.startsWith(imagePrefix) && modules.contains(image.substring(imagePrefix.length()))) {
                    bases.add(image.substring(imagePrefix.length()));
                }
            }
        }
        return bases;
    }

    private static String withoutTagOrDigest(String image) {
        int digest = image.indexOf('@');
        String name = digest < 0 ? image : image.substring(0, digest);
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    }
}
