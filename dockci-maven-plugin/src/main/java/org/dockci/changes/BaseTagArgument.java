package org.dockci.changes;

import java.util.Optional;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;

/**
 * The build argument {@code BASE_TAG}: the tag of its base module's image a container is built FROM in this build.
 * A Dockerfile that declares {@code ARG BASE_TAG=<a released tag>} and builds
 * {@code FROM <registry>/<namespace>/<base>:${BASE_TAG}} is built against the base's candidate image of this very
 * build when the base changed (the base is built first), and against the base's newest release when it did not;
 * the default serves a plain {@code docker build}.
 */
public final class BaseTagArgument {

    /** The argument's name. */
    public static final String NAME = "BASE_TAG";

    private BaseTagArgument() {
    }

    /** Whether {@code dockerfile} declares the argument before its first FROM, where FROM lines can use it. */
    public static boolean declaredBy(Dockerfile dockerfile) {
        return dockerfile.globalArgs().stream().flatMap(arg -> arg.declarations().stream())
                .map(Instruction.ArgDeclaration::name).anyMatch(NAME::equals);
    }

    /**
     * The tag a child of {@code base} is built FROM: the base's {@code candidateTag} when the base is built in this
     * build, else its {@code newestRelease}; empty when neither exists (the Dockerfile's default then applies).
     */
    public static Optional<String> of(ModuleChange base, String candidateTag, Optional<String> newestRelease) {
        return base.changed() ? Optional.of(candidateTag) : newestRelease;
    }
}
