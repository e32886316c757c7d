package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3019: an {@code apk add}, in a RUN or an ONBUILD RUN, uses {@code --no-cache}, unless the RUN
 * mounts a cache or tmpfs on {@code /var/cache/apk}. Otherwise the package index and downloads stay
 * in the layer, and removing them takes an extra step that is easy to forget.
 */
public final class ApkAddNoCache implements Rule {

    @Override
    public String code() {
        return "DL3019";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` "
                + "when done installing packages";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "apk")) {
            return List.of();
        }
        return ShellRun.all(input, ShellRun.Triggers.INCLUDED).stream()
                .filter(run -> !run.mountsCacheOrTmpfs("/var/cache/apk"))
                .flatMap(run -> run.violationAtFirst(ApkAddNoCache::addsWithCache).stream())
                .toList();
    }

    private static boolean addsWithCache(SimpleCommand command) {
        return command.isNamed("apk") && command.hasArgument("add") && !command.hasFlag("no-cache");
    }
}
