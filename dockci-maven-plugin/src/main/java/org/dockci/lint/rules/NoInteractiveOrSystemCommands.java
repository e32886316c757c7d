package org.dockci.lint.rules;

import java.util.List;
import java.util.Set;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3001: a RUN, or an ONBUILD RUN, does not run a command meant for a person at a terminal or for
 * a running system: {@code ssh}, {@code vim}, {@code shutdown}, {@code service}, {@code ps},
 * {@code free}, {@code top}, {@code kill}, {@code mount}, {@code ifconfig}. During a build they wait
 * for input that never comes, or act on the build container and leave nothing useful in the image.
 * Only the command itself counts: {@code apt-get install ssh} is fine. Unlike hadolint, which names
 * {@code ifconfig} in its message but does not check it, {@code ifconfig} is checked.
 */
public final class NoInteractiveOrSystemCommands implements Rule {

    private static final Set<String> COMMANDS =
            Set.of("free", "ifconfig", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim");

    @Override
    public String code() {
        return "DL3001";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, "
                + "`shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, COMMANDS)) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                command -> COMMANDS.contains(command.name()));
    }
}
