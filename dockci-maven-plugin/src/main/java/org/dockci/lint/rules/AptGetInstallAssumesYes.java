package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3014: an {@code apt-get install}, in a RUN or an ONBUILD RUN, answers yes by itself
 * ({@code -y}, {@code --yes}, {@code --assume-yes}, or quiet level 2: {@code -qq}, {@code -q=2}).
 * A build has no one to answer apt-get's prompt, so without it the install aborts.
 */
public final class AptGetInstallAssumesYes implements Rule {

    @Override
    public String code() {
        return "DL3014";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Use the `-y` switch to avoid manual input `apt-get -y install <package>`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "apt-get")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                AptGetInstallAssumesYes::mayPrompt);
    }

    private static boolean mayPrompt(SimpleCommand command) {
        return command.isNamed("apt-get") && command.hasArgument("install") && !assumesYes(command);
    }

    private static boolean assumesYes(SimpleCommand command) {
        // quiet level 2 implies --assume-yes (apt-get(8))
        return command.hasAnyFlag("y", "yes", "assume-yes", "qq")
                || command.countFlag("q") >= 2
                || command.countFlag("quiet") >= 2
                || command.hasArgument("-q=2", "--quiet=2");
    }
}
