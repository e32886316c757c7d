package org.dockci.lint.rules;

import java.util.List;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3047: a {@code wget}, in a RUN or an ONBUILD RUN, says how to show progress
 * ({@code --progress=...}) or quiets it ({@code -q}, {@code -nv}, or a log file with {@code -o} or
 * {@code -a}). Without a terminal, wget's default progress output writes a line per few kilobytes
 * and floods the build log.
 */
public final class WgetSetsProgress implements Rule {

    @Override
    public String code() {
        return "DL3047";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. "
                + "Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "wget")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                WgetSetsProgress::showsDefaultProgress);
    }

    private static boolean showsDefaultProgress(SimpleCommand command) {
        return command.isNamed("wget")
                && !command.hasAnyFlag("progress", "q", "quiet", "no-verbose", "o", "output-file", "a",
                        "append-output")
                // -nv is one option, though it reads as the short flags n and v
                && !command.hasArgument("-nv");
    }
}
