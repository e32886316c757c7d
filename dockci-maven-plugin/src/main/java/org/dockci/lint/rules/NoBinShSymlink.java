package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL4005: a RUN, or an ONBUILD RUN, must not {@code ln} anything to {@code /bin/sh}; SHELL changes
 * the shell RUN uses. Replacing /bin/sh changes it for every program in the image that runs shell
 * scripts, not only for the build.
 */
public final class NoBinShSymlink implements Rule {

    @Override
    public String code() {
        return "DL4005";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Use SHELL to change the default shell";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "ln")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                command -> command.isNamed("ln") && command.hasArgument("/bin/sh"));
    }
}
