package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3035: no {@code zypper dist-upgrade} ({@code dup}) in a RUN or an ONBUILD RUN. It moves the
 * image to another distribution release, which is the base image's job: change the FROM instead.
 * {@code zypper update} and {@code patch} are fine.
 */
public final class NoZypperDistUpgrade implements Rule {

    @Override
    public String code() {
        return "DL3035";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Do not use `zypper dist-upgrade`.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "zypper")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                command -> command.isNamed("zypper") && command.hasArgument("dist-upgrade", "dup"));
    }
}
