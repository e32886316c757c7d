package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3060: a RUN that runs {@code yarn install} runs {@code yarn cache clean} after it, so that yarn's
 * cache of every package downloaded does not stay in the layer. A {@code --mount} of a cache or tmpfs
 * on {@code .cache/yarn} leaves nothing there and is fine.
 *
 * <p>Only images that are kept matter, as for DL3009: RUNs of the last stage, of stages another stage
 * builds FROM, and ONBUILD RUNs (they run in images built from this one).
 */
public final class YarnCacheCleaned implements Rule {

    @Override
    public String code() {
        return "DL3060";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "`yarn cache clean` missing after `yarn install` was run.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "yarn")) {
            return List.of();
        }
        return ShellRun.violationsInKeptLayers(input, YarnCacheCleaned::leavesCache,
                script -> script.lastCommand(YarnCacheCleaned::installs));
    }

    private static boolean leavesCache(ShellRun run) {
        return !run.mountsCacheOrTmpfs(".cache/yarn")
                && run.script().lastNotFollowedBy(YarnCacheCleaned::installs, YarnCacheCleaned::cleansCache);
    }

    private static boolean installs(SimpleCommand command) {
        return command.isNamed("yarn") && command.hasArgument("install");
    }

    private static boolean cleansCache(SimpleCommand command) {
        return command.isNamed("yarn") && command.hasArgument("cache") && command.hasArgument("clean");
    }
}
