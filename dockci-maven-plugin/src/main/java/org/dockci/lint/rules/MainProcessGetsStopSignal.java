package org.dockci.lint.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.CommandLine;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.ShellScript;
import org.dockci.shell.SimpleCommand;

/**
 * DC2002: the image's main process is the program itself, not a shell in front of it. A shell as
 * PID 1 ignores SIGTERM, so {@code docker stop} waits its 10 seconds and then kills the program
 * without letting it shut down cleanly.
 *
 * <p>What runs is the built image's ENTRYPOINT, or else its CMD: the last ones of the last stage, or
 * of the stage it starts from. Reported: that instruction in shell form (run as {@code /bin/sh -c}),
 * or in exec form running a shell script ({@code ["sh", "-c", "…"]}), when no command of the script
 * hands over with {@code exec} ({@code exec apache2ctl -D FOREGROUND}, {@code envsubst … && exec
 * nginx}). A CMD is only arguments when an exec-form ENTRYPOINT exists, so it is not checked then.
 * Some shells (bash, recent dash) replace themselves with a lone simple command anyway; the rule asks
 * for the form that works with every shell.
 */
public final class MainProcessGetsStopSignal implements Rule {

    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

    @Override
    public String code() {
        return "DC2002";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "The main process runs under a shell and will not get SIGTERM: use the exec form or exec";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        BuildStages stages = BuildStages.of(input);
        Startup startup = stages.last().map(last -> startup(last, stages)).orElse(Startup.NONE);
        if (startup.entrypoint() != null) {
            return violations(startup.entrypoint(), startup.entrypoint().command());
        }
        if (startup.cmd() != null) {
            return violations(startup.cmd(), startup.cmd().command());
        }
        return List.of();
    }

    /**
     * The last ENTRYPOINT and CMD of {@code stage} or of the stages it starts from, null where there is
     * none we know of. (Docker drops an inherited CMD when a stage sets ENTRYPOINT, but then the CMD
     * does not decide what runs anyway.)
     */
    private static Startup startup(BuildStage stage, BuildStages stages) {
        Instruction.Entrypoint entrypoint = null;
        Instruction.Cmd cmd = null;
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof Instruction.Entrypoint last) {
                entrypoint = last;
            } else if (instruction instanceof Instruction.Cmd last) {
                cmd = last;
            }
        }
        Startup inherited = stages.parent(stage).map(parent -> startup(parent, stages)).orElse(Startup.NONE);
        return new Startup(entrypoint != null ? entrypoint : inherited.entrypoint(),
                cmd != null ? cmd : inherited.cmd());
    }

    private static List<Violation> violations(Instruction instruction, CommandLine command) {
        String keyword = instruction.keyword().name();
        if (!command.execForm()) {
            return handsOver(command.shell()) ? List.of()
                    : List.of(Violation.at(instruction, keyword + " in shell form runs as /bin/sh -c, and a shell as"
                            + " PID 1 ignores SIGTERM: docker stop waits 10 s, then kills. Use the exec form ("
                            + keyword + " [\"program\", \"arg\"]) or start the command with exec"));
        }
        return shellScript(command.arguments()).filter(script -> !handsOver(script))
                .map(script -> List.of(Violation.at(instruction, keyword + " runs a shell script, and a shell as"
                        + " PID 1 ignores SIGTERM: docker stop waits 10 s, then kills. Start the program with exec"
                        + " in the script (exec program arg)")))
                .orElse(List.of());
    }

    /** The script of an exec form that runs a shell with {@code -c} ({@code ["/bin/sh", "-ec", "script"]}). */
    private static Optional<String> shellScript(List<String> arguments) {
        if (arguments.size() < 3) {
            return Optional.empty();
        }
        String program = arguments.get(0);
        String name = program.substring(program.lastIndexOf('/') + 1);
        boolean commandFlag = arguments.get(1).matches("-[A-Za-z]*c[A-Za-z]*");
        return SHELLS.contains(name) && commandFlag ? Optional.of(arguments.get(2)) : Optional.empty();
    }

    /** Whether some command of {@code script} replaces the shell with a program ({@code exec program}). */
    private static boolean handsOver(String script) {
        for (SimpleCommand command : ShellScript.parse(script).commands()) {
            if (command.words().get(0).value().equals("exec") && !command.name().equals("exec")) {
                return true;
            }
        }
        return false;
    }

    /** The ENTRYPOINT and CMD the container starts with; either may be null. */
    private record Startup(Instruction.Entrypoint entrypoint, Instruction.Cmd cmd) {
        static final Startup NONE = new Startup(null, null);
    }
}
