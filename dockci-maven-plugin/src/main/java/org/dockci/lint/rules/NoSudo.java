package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3004: a RUN, or an ONBUILD RUN, must not call {@code sudo}. Builds run as root or as the USER
 * set, and sudo's TTY and signal handling behave unpredictably in containers; gosu does not.
 */
public final class NoSudo implements Rule {

    @Override
    public String code() {
        return "DL3004";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "sudo")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                command -> command.isNamed("sudo"));
    }
}
