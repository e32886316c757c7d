package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;

import org.dockci.dockerfile.CommandLine;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3025: CMD, ENTRYPOINT and HEALTHCHECK CMD are written in exec (JSON array) form. In shell form
 * Docker wraps the command in {@code /bin/sh -c}, so the shell, not the program, is the process
 * that receives signals, and ENTRYPOINT ignores the arguments of {@code docker run}.
 */
public final class CommandsInExecForm implements Rule {

    @Override
    public String code() {
        return "DL3025";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Use arguments JSON notation for CMD and ENTRYPOINT arguments";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : input.dockerfile().instructions()) {
            CommandLine command = null;
            if (instruction instanceof Instruction.Cmd cmd) {
                command = cmd.command();
            } else if (instruction instanceof Instruction.Entrypoint entrypoint) {
                command = entrypoint.command();
            } else if (instruction instanceof Instruction.Healthcheck healthcheck) {
                command = healthcheck.command();
            }
            if (command != null && !command.execForm()) {
                violations.add(Violation.at(instruction, null));
            }
        }
        return violations;
    }
}
