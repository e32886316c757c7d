package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3036: a RUN or ONBUILD RUN that runs {@code zypper install} ({@code in}) runs {@code zypper clean}
 * ({@code cc}) after its last install, so that the downloaded packages do not stay in the layer. A
 * {@code --mount} of a cache or tmpfs on {@code /var/cache/zypp} leaves nothing there and is fine.
 * Unlike hadolint, which compares the first install with the first clean, a clean between two installs
 * does not count.
 */
public final class ZypperCacheCleaned implements Rule {

    @Override
    public String code() {
        return "DL3036";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "`zypper clean` missing after zypper use.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "zypper")) {
            return List.of();
        }
        return ShellRun.violations(input, ShellRun.Triggers.INCLUDED,
                run -> !run.mountsCacheOrTmpfs("/var/cache/zypp")
                        && run.script().lastNotFollowedBy(ZypperCacheCleaned::installs, ZypperCacheCleaned::cleans),
                script -> script.lastCommand(ZypperCacheCleaned::installs));
    }

    private static boolean installs(SimpleCommand command) {
        return command.isNamed("zypper") && command.hasArgument("install", "in");
    }

    private static boolean cleans(SimpleCommand command) {
        return command.isNamed("zypper") && command.hasArgument("clean", "cc");
    }
}
