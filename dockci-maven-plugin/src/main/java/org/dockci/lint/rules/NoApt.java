package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3027: a RUN, or an ONBUILD RUN, must not call {@code apt}. apt is for people at a terminal: its
 * output and behaviour may change between releases and it warns that its interface is unstable in
 * scripts, where apt-get and apt-cache are stable.
 */
public final class NoApt implements Rule {

    @Override
    public String code() {
        return "DL3027";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "apt")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                command -> command.isNamed("apt"));
    }
}
