package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3015: an {@code apt-get install}, in a RUN or an ONBUILD RUN, turns recommended packages off
 * ({@code --no-install-recommends} or {@code -o APT::Install-Recommends=false}). Recommended
 * packages are rarely needed in an image and make it bigger, slower to pull and wider to attack.
 */
public final class AptGetInstallNoRecommends implements Rule {

    @Override
    public String code() {
        return "DL3015";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Avoid additional packages by specifying `--no-install-recommends`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "apt-get")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                AptGetInstallNoRecommends::installsRecommends);
    }

    private static boolean installsRecommends(SimpleCommand command) {
        return command.isNamed("apt-get") && command.hasArgument("install")
                && !command.hasFlag("no-install-recommends")
                && !command.hasArgument("APT::Install-Recommends=false");
    }
}
