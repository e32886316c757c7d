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
 * DL3045: a COPY to a relative destination comes after a WORKDIR of its stage, or of the earlier
 * stage it starts from. Otherwise the files land in whatever working directory the base image
 * happens to set, often {@code /}.
 *
 * <p>A destination that is absolute, a Windows drive or a variable is fine. Unlike hadolint, which
 * matches stages by image name, a WORKDIR is only inherited from a stage the FROM names: two stages
 * {@code FROM debian:12} do not share their WORKDIR.
 */
public final class RelativeCopyHasWorkdir implements Rule {

    @Override
    public String code() {
        return "DL3045";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "`COPY` to a relative destination without `WORKDIR` set.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        BuildStages stages = BuildStages.of(input);
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            boolean workdirSet = stages.parent(stage).map(parent -> setsWorkdir(parent, stages)).orElse(false);
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Workdir) {
                    workdirSet = true;
                } else if (instruction instanceof Instruction.Copy copy && !workdirSet
                        && !ContainerPath.isAbsoluteOrVariable(copy.destination())) {
                    violations.add(Violation.at(copy, null));
                }
            }
        }
        return violations;
    }

    /** Whether {@code stage}, or a stage it starts from, has a WORKDIR. */
    private static boolean setsWorkdir(BuildStage stage, BuildStages stages) {
        boolean own = stage.instructions().stream().anyMatch(Instruction.Workdir.class::isInstance);
        return own || stages.parent(stage).map(parent -> setsWorkdir(parent, stages)).orElse(false);
    }
}
