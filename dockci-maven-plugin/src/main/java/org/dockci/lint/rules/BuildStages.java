package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Flag;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.ShellWord;
import org.dockci.dockerfile.Stage;

/**
 * The stages of a Dockerfile as Docker links them: the image each FROM names once the global ARG
 * defaults are applied, and the earlier stage that image is, if any. Stage names compare without
 * case, as Docker lower-cases them.
 */
final class BuildStages {

    /** Stands for a value only the build knows: an ARG without default, a platform ARG, an undeclared name. */
    private static final String UNKNOWN = "\uE000";

    /** BuildKit sets these in the global scope of every build: their value depends on the machine. */
    private static final List<String> PLATFORM_ARGS = List.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH",
            "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    private final List<Stage> stages;
    private final Map<String, String> globalArgs;
    private final char escape;

    BuildStages(Dockerfile dockerfile) {
        this.stages = dockerfile.stages();
        this.escape = dockerfile.directives().escape();
        this.globalArgs = globalArgValues(dockerfile.globalArgs(), escape);
    }

    /** The stages in order. */
    List<Stage> all() {
        return stages;
    }

    /** The stage whose image the build produces (the last one), or empty for a file without FROM. */
    Optional<Stage> last() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /**
     * The image {@code from} names, global ARG defaults applied; empty when a build argument decides
     * it (an ARG without default, a platform ARG, a name no ARG declares) or it cannot be expanded.
     */
    Optional<String> image(Instruction.From from) {
        return expand(from.image());
    }

    /** The earlier stage whose result {@code stage} starts from, or empty when it starts from an image. */
    Optional<Stage> parent(Stage stage) {
        return image(stage.from()).flatMap(image -> stageNamed(image, stage.index()));
    }

    /** Whether {@code stage}'s FROM names an earlier stage (or a build argument decides what it names). */
    boolean startsFromStageOrArgument(Stage stage) {
        return image(stage.from()).map(image -> stageNamed(image, stage.index()).isPresent()).orElse(true);
    }

    /** The stage before {@code beforeIndex} called {@code name}, or empty. */
    Optional<Stage> stageNamed(String name, int beforeIndex) {
        for (Stage stage : stages.subList(0, Math.min(beforeIndex, stages.size()))) {
            if (sameStageName(stage.name(), name)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** Every {@code kind} instruction that follows another one in the same stage, in source order. */
    <T extends Instruction> List<T> repeatedWithinStage(Class<T> kind) {
        List<T> repeated = new ArrayList<>();
        for (Stage stage : stages) {
            List<T> ofKind = stage.instructions().stream().filter(kind::isInstance).map(kind::cast).toList();
            if (ofKind.size() > 1) {
                repeated.addAll(ofKind.subList(1, ofKind.size()));
            }
        }
        return repeated;
    }

    /** The stage or image {@code COPY --from} names, quotes removed, if the COPY has the flag. */
    static Optional<String> copiedFrom(Instruction.Copy copy) {
        return copy.source().flag("from").map(Flag::value).filter(value -> value != null)
                .map(ContainerPath::unquoted);
    }

    /** Whether {@code from} names a stage by its number ({@code COPY --from=0}). */
    static boolean isStageNumber(String from) {
        return !from.isEmpty() && from.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether two stage names are the same to Docker, which lower-cases them; false when either is null. */
    static boolean sameStageName(String first, String second) {
        return first != null && second != null
                && first.toLowerCase(Locale.ROOT).equals(second.toLowerCase(Locale.ROOT));
    }

    private Optional<String> expand(String word) {
        return expand(word, globalArgs, escape);
    }

    private static Optional<String> expand(String word, Map<String, String> known, char escape) {
        Map<String, String> variables = new HashMap<>(known);
        Matcher matcher = VARIABLE.matcher(word);
        while (matcher.find()) {
            variables.putIfAbsent(matcher.group(1), UNKNOWN);
        }
        try {
            String expanded = ShellWord.process(word, variables, escape);
            return expanded.contains(UNKNOWN) ? Optional.empty() : Optional.of(expanded);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Each global ARG's value with the defaults alone, in declaration order, as Docker expands them. */
    private static Map<String, String> globalArgValues(List<Instruction.Arg> args, char escape) {
        Map<String, String> values = new HashMap<>();
        for (String platformArg : PLATFORM_ARGS) {
            values.put(platformArg, UNKNOWN);
        }
        for (Instruction.Arg arg : args) {
            for (Instruction.ArgDeclaration declaration : arg.declarations()) {
                String value = declaration.defaultValue() == null ? UNKNOWN
                        : expand(declaration.defaultValue(), values, escape).orElse(UNKNOWN);
                if (!PLATFORM_ARGS.contains(declaration.name())) {
                    values.put(declaration.name(), value);
                }
            }
        }
        return values;
    }
}
