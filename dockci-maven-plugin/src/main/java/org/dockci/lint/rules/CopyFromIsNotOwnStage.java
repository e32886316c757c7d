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
 * DL3023: {@code COPY --from} must not name the stage it is in. A stage cannot copy from its own
 * result: Docker stops the build with a circular dependency.
 *
 * <p>Unlike hadolint, which compares names only, the stage's own number ({@code --from=1} in the
 * second stage) is caught too.
 */
public final class CopyFromIsNotOwnStage implements Rule {

    @Override
    public String code() {
        return "DL3023";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "`COPY --from` cannot reference its own `FROM` alias";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : input.stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Copy copy && BuildStages.copiedFrom(copy)
                        .filter(from -> namesStage(from, stage)).isPresent()) {
                    violations.add(Violation.at(copy, null));
                }
            }
        }
        return violations;
    }

    private static boolean namesStage(String from, BuildStage stage) {
        return BuildStages.sameStageName(from, stage.name()) || from.equals(Integer.toString(stage.index()));
    }
}
