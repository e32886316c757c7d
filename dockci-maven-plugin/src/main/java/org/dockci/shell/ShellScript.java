package org.dockci.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A POSIX shell script (the command of a RUN in shell form, a heredoc body, a SHELL) read as its
 * simple commands, as hadolint reads it to check RUN instructions. Reading never fails: text that is
 * not valid shell gives the commands a best-effort reading finds.
 */
public final class ShellScript {

    private final String text;
    private final List<SimpleCommand> commands;
    private final boolean pipe;
    private final boolean pipeWithoutPipefail;
    private final SimpleCommand pipedWithoutPipefail;

    ShellScript(String text, List<SimpleCommand> commands, boolean pipe, boolean pipeWithoutPipefail,
            SimpleCommand pipedWithoutPipefail) {
        this.text = text;
        this.commands = List.copyOf(commands);
        this.pipe = pipe;
        this.pipeWithoutPipefail = pipeWithoutPipefail;
        this.pipedWithoutPipefail = pipedWithoutPipefail;
    }

    /** Reads {@code text} in one pass. */
    public static ShellScript parse(String text) {
        return ShellParser.parse(Objects.requireNonNull(text, "text"));
    }

    /** The script as given. */
    public String text() {
        return text;
    }

    /**
     * Every simple command in the order it starts, including those in subshells, groups, loops,
     * conditionals, {@code case} items, function bodies and command substitutions ({@code $(…)},
     * backticks, {@code <(…)}); a command comes before those substituted in its words.
     */
    public List<SimpleCommand> commands() {
        return commands;
    }

    /** The names of {@link #commands()}, in the same order, repeats included. */
    public List<String> commandNames() {
        List<String> names = new ArrayList<>(commands.size());
        for (SimpleCommand command : commands) {
            names.add(command.name());
        }
        return names;
    }

    /** Whether some command is named {@code name} (hadolint's {@code usingProgram}). */
    public boolean usesCommand(String name) {
        return anyCommand(command -> command.name().equals(name));
    }

    /** Whether some command passes {@code test}. */
    public boolean anyCommand(Predicate<SimpleCommand> test) {
        return indexOfFirst(test) >= 0;
    }

    /** The first command that passes {@code test}. */
    public Optional<SimpleCommand> firstCommand(Predicate<SimpleCommand> test) {
        int index = indexOfFirst(test);
        return index < 0 ? Optional.empty() : Optional.of(commands.get(index));
    }

    /** The index in {@link #commands()} of the first command that passes {@code test}, or -1. */
    public int indexOfFirst(Predicate<SimpleCommand> test) {
        for (int i = 0; i < commands.size(); i++) {
            if (test.test(commands.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The last command that passes {@code test}. */
    public Optional<SimpleCommand> lastCommand(Predicate<SimpleCommand> test) {
        int index = indexOfLast(test);
        return index < 0 ? Optional.empty() : Optional.of(commands.get(index));
    }

    /** The index in {@link #commands()} of the last command that passes {@code test}, or -1. */
    public int indexOfLast(Predicate<SimpleCommand> test) {
        for (int i = commands.size() - 1; i >= 0; i--) {
            if (test.test(commands.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether some command passes {@code first} and none passing {@code then} comes after the last of
     * them: {@code apt-get install a && apt-get clean && apt-get install b} installs after it cleans.
     */
    public boolean lastNotFollowedBy(Predicate<SimpleCommand> first, Predicate<SimpleCommand> then) {
        int last = indexOfLast(first);
        return last >= 0 && commands.subList(last + 1, commands.size()).stream().noneMatch(then);
    }

    /** Whether the script pipes one command into another ({@code |} or {@code |&}, not {@code ||}). */
    public boolean hasPipe() {
        return pipe;
    }

    /** Whether some pipe comes before any command that turns pipefail on ({@link SimpleCommand#enablesPipefail()}). */
    public boolean hasPipeWithoutPipefail() {
        return pipeWithoutPipefail;
    }

    /**
     * The command whose output the first such pipe takes: {@code curl} in {@code curl -s URL | sh}; for
     * a group or subshell piped as a whole, its last command. Empty when there is no such pipe, or
     * nothing before it.
     */
    public Optional<SimpleCommand> pipedWithoutPipefail() {
        return Optional.ofNullable(pipedWithoutPipefail);
    }

    /** Whether some command turns pipefail on: for a SHELL such as {@code /bin/bash -o pipefail -c}. */
    public boolean enablesPipefail() {
        return anyCommand(SimpleCommand::enablesPipefail);
    }

    @Override
    public String toString() {
        return commands.toString();
    }
}
