package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Flag;
import org.dockci.dockerfile.FromImage;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.RuleInput;

/**
 * The stages of a Dockerfile as Docker links them: the image each FROM names once the global ARG
 * defaults are applied, and the earlier stage that image is, if any. Stage names compare without
 * case, as Docker lower-cases them.
 */
final class BuildStages {

    /** The stages of a rule's input, linked once for all the rules of a file. */
    private static final Function<RuleInput, BuildStages> OF_INPUT = BuildStages::new;

    private final List<BuildStage> stages;
    private final List<FromImage> images;

    private BuildStages(RuleInput input) {
        this.stages = input.stages();
        this.images = input.baseImages();
    }

    /** The stages of {@code input}'s Dockerfile: the same for every rule that asks. */
    static BuildStages of(RuleInput input) {
        return input.shared(OF_INPUT);
    }

    /** The stages in order. */
    List<BuildStage> all() {
        return stages;
    }

    /** The stage whose image the build produces (the last one), or empty for a file without FROM. */
    Optional<BuildStage> last() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /**
     * The image {@code from} names, global ARG defaults applied; empty when a build argument decides
     * it (an ARG without default, a platform ARG, a name no ARG declares) or it cannot be expanded.
     */
    Optional<String> image(BuildStage stage) {
        return images.get(stage.index()).expanded();
    }

    /** What {@code stage}'s FROM names: see {@link Dockerfile#baseImages()}. */
    FromImage fromImage(BuildStage stage) {
        return images.get(stage.index());
    }

    /** The earlier stage whose result {@code stage} starts from, or empty when it starts from an image. */
    Optional<BuildStage> parent(BuildStage stage) {
        return images.get(stage.index()).earlierStage();
    }

    /** The stages {@code stage} starts from, nearest first: its parent, the parent's parent… */
    List<BuildStage> ancestors(BuildStage stage) {
        List<BuildStage> ancestors = new ArrayList<>();
        for (Optional<BuildStage> parent = parent(stage); parent.isPresent(); parent = parent(parent.get())) {
            ancestors.add(parent.get());
        }
        return ancestors;
    }

    /** The later stages that start from {@code stage}, directly or through others, in order. */
    List<BuildStage> descendants(BuildStage stage) {
        List<BuildStage> descendants = new ArrayList<>();
        for (BuildStage later : stages.subList(stage.index() + 1, stages.size())) {
            if (ancestors(later).contains(stage)) {
                descendants.add(later);
            }
        }
        return descendants;
    }

    /**
     * Whether the build keeps what {@code stage} leaves in its layers: it is the last stage, whose image
     * the build produces, or a later stage starts from it.
     */
    boolean isKept(BuildStage stage) {
        return stage.index() == stages.size() - 1
                || stages.stream().anyMatch(other -> parent(other).filter(stage::equals).isPresent());
    }

    /** The earlier stage {@code copy}, in {@code stage}, copies from: {@code --from} naming or numbering it. */
    Optional<BuildStage> copiedStage(Instruction.Copy copy, BuildStage stage) {
        Optional<String> from = copiedFrom(copy);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (isStageNumber(from.get())) {
            int index = from.get().length() < 10 ? Integer.parseInt(from.get()) : Integer.MAX_VALUE;
            return index < stage.index() ? Optional.of(stages.get(index)) : Optional.empty();
        }
        return stageNamed(from.get(), stage.index());
    }

    /** Whether {@code stage}'s FROM names an earlier stage (or a build argument decides what it names). */
    boolean startsFromStageOrArgument(BuildStage stage) {
        FromImage image = images.get(stage.index());
        return image.dependsOnBuildArgument() || image.earlierStage().isPresent();
    }

    /** The stage before {@code beforeIndex} called {@code name}, or empty. */
    Optional<BuildStage> stageNamed(String name, int beforeIndex) {
        for (BuildStage stage : stages.subList(0, Math.min(beforeIndex, stages.size()))) {
            if (sameStageName(stage.name(), name)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** Every {@code kind} instruction that follows another one in the same stage, in source order. */
    <T extends Instruction> List<T> repeatedWithinStage(Class<T> kind) {
        List<T> repeated = new ArrayList<>();
        for (BuildStage stage : stages) {
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
}
