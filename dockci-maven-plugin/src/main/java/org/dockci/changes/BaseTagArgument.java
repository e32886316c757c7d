package org.dockci.changes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.ImageReference;
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

    /**
     * What the build of {@code self}, built from {@code dockerfile}, passes as {@code BASE_TAG}. A base in
     * {@code reactor} gives the candidate tag of this build's image of it ({@code candidateOf}) when it changed, else
     * its newest release other than its version ({@code versionOf}, without {@code -SNAPSHOT}); a base outside the
     * build (a release builds one container alone, -f) gives its newest release, as {@code imageOf} names it.
     */
    public static Choice choose(Dockerfile dockerfile, ContainerModule self, List<ContainerModule> reactor,
            ChangeDetector detector, Function<String, ImageReference> imageOf, Function<String, String> versionOf,
            Function<ModuleChange, String> candidateOf) {
        Set<String> named = new TreeSet<>(self.bases().isEmpty() ? BaseModules.named(dockerfile, imageOf)
                : self.bases());
        named.remove(self.name());
        if (named.isEmpty()) {
            return new NoBase();
        }
        if (!declaredBy(dockerfile)) {
            return new NotDeclared(named);
        }
        if (named.size() > 1) {
            return new SeveralBases(named);
        }
        String base = named.iterator().next();
        Optional<ContainerModule> inBuild = reactor.stream().filter(module -> module.name().equals(base)).findFirst();
        if (inBuild.isEmpty()) {
            return new Tagged(base, detector.previousRelease(ContainerModule.of(base, self.directory()), ""),
                    Source.RELEASE_OUTSIDE_THE_BUILD);
        }
        ModuleChange baseChange = detector.detect(inBuild.get(), reactor);
        Optional<String> tag = of(baseChange, candidateOf.apply(baseChange),
                detector.previousRelease(inBuild.get(), versionOf.apply(base).replace("-SNAPSHOT", "")));
        return new Tagged(base, tag, baseChange.changed() ? Source.THIS_BUILD : Source.NEWEST_RELEASE);
    }

    /** What a container's build does with {@code BASE_TAG}. */
    public sealed interface Choice {
    }

    /** It builds FROM no other module's image: no argument. */
    public record NoBase() implements Choice {
    }

    /** It builds FROM {@code bases} with a tag written in its Dockerfile: this build's image of them is not used. */
    public record NotDeclared(Set<String> bases) implements Choice {
    }

    /** It builds FROM several modules' images: the one argument is left to the Dockerfile's default. */
    public record SeveralBases(Set<String> bases) implements Choice {
    }

    /** It builds FROM {@code base}'s image tagged {@code tag} (none known: the Dockerfile's default), taken from {@code source}. */
    public record Tagged(String base, Optional<String> tag, Source source) implements Choice {
    }

    /** Where a base's tag comes from. */
    public enum Source {
        /** The base changed and is built before its child in this build: this build's candidate tag. */
        THIS_BUILD,
        /** The base is in the build and unchanged: its newest release. */
        NEWEST_RELEASE,
        /** The base is not in this build: its newest release. */
        RELEASE_OUTSIDE_THE_BUILD
    }
}
