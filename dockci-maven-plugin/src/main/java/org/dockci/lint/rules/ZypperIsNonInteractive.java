package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3034: a zypper command that asks before it acts ({@code install}, {@code in}, {@code remove},
 * {@code rm}, {@code source-install}, {@code si}, {@code patch}), in a RUN or an ONBUILD RUN, is told
 * not to ask: {@code -n}/{@code --non-interactive} (before the command) or {@code -y}/{@code --no-confirm}
 * (after it). A build cannot answer, and zypper then gives up.
 */
public final class ZypperIsNonInteractive implements Rule {

    @Override
    public String code() {
        return "DL3034";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Non-interactive switch missing from `zypper` command: `zypper install -y`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "zypper")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                command -> command.isNamed("zypper")
                        && command.hasArgument("install", "in", "remove", "rm", "source-install", "si", "patch")
                        && !command.hasAnyFlag("non-interactive", "n", "no-confirm", "y"));
    }
}
