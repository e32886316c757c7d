package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.LabelType;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3049: every stage sets each label of the {@code label-schema} in {@code .hadolint.yaml}, so that
 * every image says what the team agreed it says (its source, its owner, its version…). The finding
 * is at the stage's FROM, one for each missing label.
 *
 * <p>A stage has a label when it or a stage it starts from sets it. A stage only other stages use
 * is judged through them: it needs no label when a stage built from it sets it, or when another stage
 * copies files from it ({@code COPY --from}). Unlike hadolint, which looks one stage up, this holds
 * through every stage in between.
 */
public final class SchemaLabelIsPresent implements Rule {

    private final Map<String, LabelType> schema;

    /** The rule for the labels of {@code schema}; with an empty schema it finds nothing. */
    public SchemaLabelIsPresent(Map<String, LabelType> schema) {
        this.schema = Map.copyOf(schema);
    }

    @Override
    public String code() {
        return "DL3049";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Label `<label>` is missing.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        Dockerfile dockerfile = input.dockerfile();
        if (schema.isEmpty()) {
            return List.of();
        }
        BuildStages stages = BuildStages.of(input);
        char escape = dockerfile.directives().escape();
        Set<Integer> copiedFrom = copiedFrom(stages);
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            if (copiedFrom.contains(stage.index())) {
                continue;
            }
            List<BuildStage> related = new ArrayList<>(List.of(stage));
            related.addAll(stages.ancestors(stage));
            related.addAll(stages.descendants(stage));
            Set<String> labels = related.stream().flatMap(each -> labelsOf(each, escape).stream())
                    .collect(Collectors.toSet());
            schema.keySet().stream().sorted().filter(label -> !labels.contains(label))
                    .forEach(label -> violations.add(Violation.at(stage.from(), "Label `" + label + "` is missing.")));
        }
        return violations;
    }

    /** The indexes of the stages some COPY --from takes files from (a BuildStage's hash code is that of all it holds). */
    private static Set<Integer> copiedFrom(BuildStages stages) {
        Set<Integer> copied = new HashSet<>();
        for (BuildStage stage : stages.all()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Copy copy) {
                    stages.copiedStage(copy, stage).map(BuildStage::index).ifPresent(copied::add);
                }
            }
        }
        return copied;
    }

    private static Set<String> labelsOf(BuildStage stage, char escape) {
        return stage.instructions().stream().filter(Instruction.Label.class::isInstance)
                .flatMap(label -> Labels.of((Instruction.Label) label, escape).stream())
                .map(Labels.Label::key).collect(Collectors.toSet());
    }
}
