package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.FromImage;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL4006: a RUN that pipes one command into another runs with pipefail on. Without it a pipe
 * succeeds when its last command does, so {@code curl ... | tar x} passes the build even when the
 * download fails.
 *
 * <p>Pipefail is on after a SHELL that runs bash, zsh or ash with {@code -o pipefail} (inherited by
 * stages built FROM the stage), or when the RUN turns it on itself ({@code set -o pipefail}) before
 * its first pipe. After a SHELL that runs PowerShell or cmd nothing is checked. As in hadolint,
 * ONBUILD triggers are not checked.
 */
public final class PipefailBeforePipe implements Rule {

    private static final List<String> NON_POSIX_SHELLS = List.of("pwsh", "powershell", "cmd");

    @Override
    public String code() {
        return "DL4006";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an "
                + "alpine image or if your shell is symlinked to busybox then consider explicitly setting your "
                + "SHELL to /bin/ash, or disable this check";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        Map<Integer, Boolean> safeByStage = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (FromImage base : input.baseImages()) {
            BuildStage stage = base.stage();
            // SHELL is inherited from the stage built FROM
            boolean safe = base.earlierStage().map(earlier -> safeByStage.get(earlier.index())).orElse(false);
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Shell shell) {
                    safe = isNonPosix(shell.shell()) || ShellRun.execForm(input, shell.shell()).enablesPipefail();
                } else if (instruction instanceof Instruction.Run && !safe) {
                    ShellRun run = ShellRun.of(input, instruction).orElseThrow();
                    if (run.script().hasPipeWithoutPipefail()) {
                        // at the command piped from: the pipe is on its line
                        violations.add(run.script().pipedWithoutPipefail().map(run::violationAt)
                                .orElseGet(run::violation));
                    }
                }
            }
            safeByStage.put(stage.index(), safe);
        }
        return violations;
    }

    private static boolean isNonPosix(List<String> shell) {
        if (shell.isEmpty()) {
            return false;
        }
        String executable = shell.get(0);
        String program = executable.substring(Math.max(executable.lastIndexOf('/'), executable.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return NON_POSIX_SHELLS.stream().anyMatch(program::startsWith);
    }
}
