package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3022: {@code COPY --from} must name a stage defined above it (by name or by number). A name
 * Docker does not know as a stage is pulled as an image instead, which is rarely what was meant.
 *
 * <p>A value with a {@code :} is taken for an image reference and left alone, as in hadolint.
 */
public final class CopyFromNamesEarlierStage implements Rule {

    @Override
    public String code() {
        return "DL3022";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "`COPY --from` should reference a previously defined `FROM` alias";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        BuildStages stages = BuildStages.of(input);
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Copy copy) {
                    BuildStages.copiedFrom(copy).filter(from -> !isKnown(from, stage, stages))
                            .ifPresent(from -> violations.add(Violation.at(copy, null)));
                }
            }
        }
        return violations;
    }

    /** Whether {@code from}, used in {@code stage}, is an image with a tag or a stage up to this one. */
    private static boolean isKnown(String from, BuildStage stage, BuildStages stages) {
        if (from.contains(":")) {
            return true;
        }
        if (BuildStages.isStageNumber(from)) {
            return from.length() < 10 && Integer.parseInt(from) <= stage.index();
        }
        return stages.stageNamed(from, stage.index() + 1).isPresent();
    }
}
