package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3032: a RUN or ONBUILD RUN that runs {@code yum install} ends with {@code yum clean all} (or an
 * {@code rm} of {@code /var/cache/yum}) after its last install. The downloaded packages and metadata
 * would otherwise stay in the layer for good.
 *
 * <p>Unlike hadolint, which takes any {@code rm -rf} for a cleaning and any clean before the first
 * install, the cleaning must remove yum's cache and come after the last install; a {@code --mount}
 * of a cache or tmpfs on {@code /var/cache/yum}, which leaves nothing in the layer, is fine.
 */
public final class YumCacheCleaned implements Rule {

    private static final String CACHE = "/var/cache/yum";

    @Override
    public String code() {
        return "DL3032";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "`yum clean all` missing after yum command.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "yum")) {
            return List.of();
        }
        return ShellRun.violations(input, ShellRun.Triggers.INCLUDED, run -> !run.mountsCacheOrTmpfs(CACHE)
                && run.script().lastNotFollowedBy(YumCacheCleaned::installs, YumCacheCleaned::cleans),
                script -> script.lastCommand(YumCacheCleaned::installs));
    }

    private static boolean installs(SimpleCommand command) {
        return command.isNamed("yum") && command.hasArgument("install");
    }

    private static boolean cleans(SimpleCommand command) {
        return command.isNamed("yum") && command.hasArgument("clean") && command.hasArgument("all")
                || command.isNamed("rm") && command.hasArgumentStartingWith(CACHE);
    }
}
