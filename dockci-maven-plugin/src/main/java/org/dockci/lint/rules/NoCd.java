package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3003: a RUN must not {@code cd}; WORKDIR sets the directory. A {@code cd} lasts only for its own
 * RUN, so the next instruction silently runs elsewhere, and WORKDIR says where the image works.
 * As in hadolint, ONBUILD triggers are not checked.
 */
public final class NoCd implements Rule {

    @Override
    public String code() {
        return "DL3003";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Use WORKDIR to switch to a directory";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "cd")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.EXCLUDED,
                command -> command.isNamed("cd"));
    }
}
