package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.CommandLine;
import org.dockci.dockerfile.Flag;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Position;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Violation;
import org.dockci.shell.ShellScript;
import org.dockci.shell.SimpleCommand;

/**
 * A RUN as the shell rules read it: the instruction a finding points at (the RUN, or the ONBUILD
 * that triggers it), the RUN itself and the shell script it runs.
 *
 * <p>The script is the shell form's command; for a RUN that is only one heredoc marker
 * ({@code RUN <<EOF}, {@link CommandLine#runsHeredoc()}) it is the heredoc's body, which BuildKit runs as
 * the script (an empty script when a shebang names something other than a POSIX shell); for the exec
 * form it is the one command the JSON array names, each argument kept whole.
 *
 * <p>Where a finding points: a rule that blames one command of the script reports it with
 * {@link #violationAt(SimpleCommand)} (or {@link #commandViolations}), which names the line and
 * column where that command starts, a continuation line of a multi-line RUN or a line of its
 * heredoc. Only what no single command is to blame for is reported at the instruction
 * ({@link #violation()}, {@link #violations}); so is every finding of an exec-form RUN, whose script
 * dockci writes itself.
 *
 * <p>Scripts are parsed by the {@link RuleInput}, once per file for all the rules.
 */
record ShellRun(Instruction instruction, Instruction.Run run, ShellScript script) {

    /** Which RUNs {@link #all} gives: hadolint checks ONBUILD triggers for most rules, not for all. */
    enum Triggers { INCLUDED, EXCLUDED }

    /** A shebang BuildKit would hand to a POSIX-like shell: {@code #!/bin/sh -e}, {@code #!/usr/bin/env bash}. */
    private static final Pattern SHELL_SHEBANG =
            Pattern.compile("#!\\s*(\\S*/)?(env\\s+(-\\S+\\s+)*)?(sh|bash|dash|ash|zsh|ksh)(\\s.*)?");

    /** Every RUN of a rule's input, ONBUILD RUNs included, in source order: read once for all the rules of a file. */
    private static final Function<RuleInput, List<ShellRun>> ALL = input -> {
        List<ShellRun> runs = new ArrayList<>();
        for (Instruction instruction : input.dockerfile().instructions()) {
            read(input, instruction).ifPresent(runs::add);
        }
        return List.copyOf(runs);
    };

    /** {@link #ALL} without the ONBUILD RUNs. */
    private static final Function<RuleInput, List<ShellRun>> WITHOUT_TRIGGERS =
            input -> input.shared(ALL).stream().filter(run -> !run.trigger()).toList();

    /** {@link #ALL} by the instruction each was read from (the RUN or the ONBUILD), compared by identity. */
    private static final Function<RuleInput, Map<Instruction, ShellRun>> BY_INSTRUCTION = input -> {
        Map<Instruction, ShellRun> runs = new IdentityHashMap<>();
        for (ShellRun run : input.shared(ALL)) {
            runs.put(run.instruction(), run);
        }
        return runs;
    };

    /** The names of the commands of every script of {@link #ALL}. */
    private static final Function<RuleInput, Set<String>> COMMAND_NAMES = input -> {
        Set<String> names = new HashSet<>();
        for (ShellRun run : input.shared(ALL)) {
            for (SimpleCommand command : run.script().commands()) {
                names.add(command.name());
            }
        }
        return names;
    };

    /** Every RUN of {@code input}'s Dockerfile in source order, with the RUNs of ONBUILD triggers or not. */
    static List<ShellRun> all(RuleInput input, Triggers triggers) {
        return input.shared(triggers == Triggers.INCLUDED ? ALL : WITHOUT_TRIGGERS);
    }

    /**
     * Whether some RUN or ONBUILD RUN of {@code input}'s Dockerfile runs a command named one of {@code names}: a
     * rule that only blames such commands has nothing to look for in a file where this is false.
     */
    static boolean anyCommandNamed(RuleInput input, Collection<String> names) {
        Set<String> used = input.shared(COMMAND_NAMES);
        for (String name : names) {
            if (used.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #anyCommandNamed(RuleInput, Collection)} of {@code names}. */
    static boolean anyCommandNamed(RuleInput input, String... names) {
        return anyCommandNamed(input, Arrays.asList(names));
    }

    /**
     * A finding at each RUN of {@code input}'s Dockerfile ({@link #all}) that {@code breaksRule}, at the start of
     * the instruction, with the rule's message: for rules that judge a RUN as a whole. A rule that blames a
     * command uses {@link #commandViolations}.
     */
    static List<Violation> violations(RuleInput input, Triggers triggers, Predicate<ShellRun> breaksRule) {
        return all(input, triggers).stream().filter(breaksRule).map(ShellRun::violation).toList();
    }

    /**
     * As {@link #violations(RuleInput, Triggers, Predicate)}, each finding at the command {@code culprit}
     * picks in the RUN's script (the last {@code yum install} when no cleaning follows it), or at the RUN
     * when it picks none.
     */
    static List<Violation> violations(RuleInput input, Triggers triggers, Predicate<ShellRun> breaksRule,
            Function<ShellScript, Optional<SimpleCommand>> culprit) {
        return all(input, triggers).stream().filter(breaksRule).map(run -> run.violationAt(culprit)).toList();
    }

    /**
     * A finding for each RUN of {@code input}'s Dockerfile ({@link #all}) with a command that {@code breaksRule},
     * at the first such command ({@link #violationAt}), with the rule's message. One per RUN, as in hadolint.
     */
    static List<Violation> commandViolations(RuleInput input, Triggers triggers,
            Predicate<SimpleCommand> breaksRule) {
        List<Violation> violations = new ArrayList<>();
        for (ShellRun run : all(input, triggers)) {
            run.violationAtFirst(breaksRule).ifPresent(violations::add);
        }
        return violations;
    }

    /**
     * A finding, with the rule's message, at each RUN whose layer stays in an image the build makes
     * that {@code breaksRule}: the RUNs of the last stage and of stages another stage starts from, and
     * every ONBUILD RUN (it runs in the images built from this one). The finding is at the RUN's start.
     */
    static List<Violation> violationsInKeptLayers(RuleInput input, Predicate<ShellRun> breaksRule) {
        return violationsInKeptLayers(input, breaksRule, script -> Optional.empty());
    }

    /**
     * As {@link #violationsInKeptLayers(RuleInput, Predicate)}, each finding at the command
     * {@code culprit} picks in the RUN's script ({@code apt-get update} when its lists stay), or at the
     * RUN when it picks none.
     */
    static List<Violation> violationsInKeptLayers(RuleInput input, Predicate<ShellRun> breaksRule,
            Function<ShellScript, Optional<SimpleCommand>> culprit) {
        BuildStages stages = BuildStages.of(input);
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            boolean kept = stages.isKept(stage);
            for (Instruction instruction : stage.instructions()) {
                Optional<ShellRun> run = of(input, instruction);
                if (run.isPresent() && (kept || run.get().trigger()) && breaksRule.test(run.get())) {
                    violations.add(run.get().violationAt(culprit));
                }
            }
        }
        return violations;
    }

    /**
     * {@code instruction}, an instruction of {@code input}'s Dockerfile, read as a RUN: a RUN, an ONBUILD RUN, or
     * empty for anything else.
     */
    static Optional<ShellRun> of(RuleInput input, Instruction instruction) {
        ShellRun run = input.shared(BY_INSTRUCTION).get(instruction);
        return run != null ? Optional.of(run) : read(input, instruction);
    }

    private static Optional<ShellRun> read(RuleInput input, Instruction instruction) {
        Instruction inner = instruction instanceof Instruction.OnBuild onBuild ? onBuild.trigger() : instruction;
        if (inner instanceof Instruction.Run run) {
            return Optional.of(new ShellRun(instruction, run, input.shellScript(scriptText(run.command()))));
        }
        return Optional.empty();
    }

    /**
     * The one command an exec form such as {@code ["/bin/bash", "-o", "pipefail", "-c"]} runs, words kept whole,
     * parsed by {@code input}.
     */
    static ShellScript execForm(RuleInput input, List<String> words) {
        return input.shellScript(quoted(words));
    }

    /** Whether the RUN is an ONBUILD trigger. */
    boolean trigger() {
        return instruction instanceof Instruction.OnBuild;
    }

    /** A finding at the start of {@link #instruction()}, with the rule's message. */
    Violation violation() {
        return Violation.at(instruction, null);
    }

    /** A finding at the first command of the script that {@code breaksRule}, if there is one, with the rule's message. */
    Optional<Violation> violationAtFirst(Predicate<SimpleCommand> breaksRule) {
        return script.firstCommand(breaksRule).map(this::violationAt);
    }

    /** A finding at the command {@code culprit} picks in the script, or at the instruction when it picks none. */
    Violation violationAt(Function<ShellScript, Optional<SimpleCommand>> culprit) {
        return culprit.apply(script).map(this::violationAt).orElseGet(this::violation);
    }

    /** A finding at {@code command}, a command of this RUN's {@link #script()}, with the rule's message. */
    Violation violationAt(SimpleCommand command) {
        return new Violation(positionOf(command), null);
    }

    /**
     * Where {@code command}, a command of this RUN's script, starts in the Dockerfile: in the RUN's lines
     * or its heredoc. For the exec form, and a RUN whose text's positions are unknown, the instruction's start.
     */
    Position positionOf(SimpleCommand command) {
        CommandLine written = run.command();
        Position start = instruction.source().span().start();
        if (written.execForm()) {
            return start;
        }
        if (written.runsHeredoc()) {
            return written.heredocs().get(0).contentPosition(command.offset());
        }
        return written.shellPosition(command.offset()).orElse(start);
    }

    /**
     * Whether the RUN has a {@code --mount} of type cache or tmpfs whose target contains
     * {@code targetPart}: nothing written there stays in the image.
     */
    boolean mountsCacheOrTmpfs(String targetPart) {
        for (Flag flag : run.source().flags()) {
            if (flag.name().equals("mount") && flag.value() != null && isCacheOrTmpfsAt(flag.value(), targetPart)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCacheOrTmpfsAt(String mount, String targetPart) {
        String type = "bind";
        String target = "";
        // BuildKit reads the value as CSV; quoted fields are rare enough to read it as plain commas
        for (String field : mount.split(",")) {
            int equals = field.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = field.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = field.substring(equals + 1).trim();
            switch (key) {
                case "type" -> type = value.toLowerCase(Locale.ROOT);
                case "target", "dst", "destination" -> target = value;
                default -> { }
            }
        }
        return (type.equals("cache") || type.equals("tmpfs")) && target.contains(targetPart);
    }

    private static String quoted(List<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            quoted.add("'" + word.replace("'", "'\\''") + "'");
        }
        return String.join(" ", quoted);
    }

    private static String scriptText(CommandLine command) {
        if (command.execForm()) {
            return quoted(command.arguments());
        }
        if (command.runsHeredoc()) {
            String body = command.heredocs().get(0).content();
            return !body.startsWith("#!") || SHELL_SHEBANG.matcher(body.lines().findFirst().orElse("")).matches()
                    ? body : "";
        }
        return command.shell();
    }
}
