package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL4001: a stage uses wget or curl, not both. Installing two download tools makes the image
 * bigger for nothing; pick one.
 *
 * <p>Each RUN that uses one of them once the stage has used both is a finding. ONBUILD RUNs are
 * counted apart, since they run in another build.
 */
public final class WgetOrCurlNotBoth implements Rule {

    private static final Set<String> TOOLS = Set.of("wget", "curl");

    @Override
    public String code() {
        return "DL4001";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Either use Wget or Curl but not both";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : input.stages()) {
            Set<String> usedByRuns = new HashSet<>();
            Set<String> usedByTriggers = new HashSet<>();
            for (Instruction instruction : stage.instructions()) {
                Optional<ShellRun> run = ShellRun.of(input, instruction);
                if (run.isEmpty()) {
                    continue;
                }
                Set<String> used = new HashSet<>();
                for (SimpleCommand command : run.get().script().commands()) {
                    if (TOOLS.contains(command.name())) {
                        used.add(command.name());
                    }
                }
                Set<String> usedSoFar = run.get().trigger() ? usedByTriggers : usedByRuns;
                Set<String> before = Set.copyOf(usedSoFar);
                usedSoFar.addAll(used);
                if (!used.isEmpty() && usedSoFar.size() == TOOLS.size()) {
                    // at the first use of the tool this RUN adds, or of either when it brings both
                    violations.add(run.get().violationAtFirst(command -> TOOLS.contains(command.name())
                            && (before.size() != 1 || !before.contains(command.name()))).orElseThrow());
                }
            }
        }
        return violations;
    }
}
