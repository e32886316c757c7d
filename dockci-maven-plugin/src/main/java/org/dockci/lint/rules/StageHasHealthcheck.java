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
 * DL3057, off unless its level is overridden: every stage has a HEALTHCHECK ({@code HEALTHCHECK
 * NONE} counts: it says so on purpose), so that the engine can tell a running container from a
 * working one. A stage has one when it or a stage it starts from sets one, and a stage other stages
 * start from is judged through them: it needs none when one of those sets one. The finding is at the
 * stage's FROM.
 */
public final class StageHasHealthcheck implements Rule {

    @Override
    public String code() {
        return "DL3057";
    }

    @Override
    public Severity severity() {
        return Severity.IGNORE;
    }

    @Override
    public String message() {
        return "`HEALTHCHECK` instruction missing.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        BuildStages stages = BuildStages.of(input);
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            boolean covered = setsHealthcheck(stage)
                    || stages.ancestors(stage).stream().anyMatch(StageHasHealthcheck::setsHealthcheck)
                    || stages.descendants(stage).stream().anyMatch(StageHasHealthcheck::setsHealthcheck);
            if (!covered) {
                violations.add(Violation.at(stage.from(), null));
            }
        }
        return violations;
    }

    private static boolean setsHealthcheck(BuildStage stage) {
        return stage.instructions().stream().anyMatch(Instruction.Healthcheck.class::isInstance);
    }
}
