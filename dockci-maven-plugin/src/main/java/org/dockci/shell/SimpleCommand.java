package org.dockci.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One simple command of a script, e.g. {@code apt-get install -y curl}: its name and arguments as
 * the shell passes them (quotes removed), without leading {@code VAR=value} assignments and
 * redirections. Flags are read the way hadolint reads them: every argument before {@code --} that
 * starts with {@code -} (but is not {@code -} alone) is a flag word; {@code --name} and
 * {@code --name=value} are the long flag {@code name}; {@code -abc} is the short flags {@code a},
 * {@code b} and {@code c}.
 */
public final class SimpleCommand {

    /** Commands that run the command named by their first argument, as ShellCheck reads them. */
    private static final Set<String> WRAPPERS = Set.of("command", "builtin", "busybox");

    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash");

    /** The one-letter flags {@code -qy} gives, ASCII ones made once rather than for each command. */
    private static final String[] ONE_CHARACTER = new String[128];

    static {
        for (char c = 0; c < ONE_CHARACTER.length; c++) {
            ONE_CHARACTER[c] = String.valueOf(c);
        }
    }

    private final List<Word> words;
    private final int offset;
    private final String name;
    private final List<String> arguments;
    /** Index in {@link #arguments} of {@code --}, or their count: flags are only read before it. */
    private final int endOfFlags;
    /** Read the first time they are asked for: most commands are only asked their name. */
    private List<String> flags;

    SimpleCommand(List<Word> words, int offset) {
        this.words = List.copyOf(words);
        this.offset = offset;
        int nameIndex = nameIndex(this.words);
        this.name = this.words.get(nameIndex).value();
        List<String> values = new ArrayList<>(this.words.size() - nameIndex - 1);
        for (Word word : this.words.subList(nameIndex + 1, this.words.size())) {
            values.add(word.value());
        }
        this.arguments = List.copyOf(values);
        int doubleDash = arguments.indexOf("--");
        this.endOfFlags = doubleDash < 0 ? arguments.size() : doubleDash;
    }

    /**
     * Where the command starts in the text of its {@link ShellScript}, leading assignments included
     * ({@code DEBIAN_FRONTEND=noninteractive apt-get ...}), so that a finding about it can point there.
     */
    public int offset() {
        return offset;
    }

    /** The command's name, quotes removed: {@code apt-get}, {@code /usr/bin/pip3}, {@code $PIP}. */
    public String name() {
        return name;
    }

    /**
     * The words after the name, quotes removed: flags, their values, operands. For {@code command},
     * {@code builtin}, {@code busybox} and {@code exec} the name is the command they run, as in
     * ShellCheck: {@code busybox wget -q URL} is named {@code wget} with arguments {@code -q URL}.
     */
    public List<String> arguments() {
        return arguments;
    }

    /** Every word of the command as written, name and wrapper ({@code exec}, {@code busybox}…) included. */
    public List<Word> words() {
        return words;
    }

    /** Whether the command is named one of {@code names}. */
    public boolean isNamed(String... names) {
        return Arrays.asList(names).contains(name);
    }

    /** Whether some argument is exactly one of {@code candidates}, e.g. {@code hasArgument("install")}. */
    public boolean hasArgument(String... candidates) {
        return containsAny(arguments, candidates);
    }

    /** Whether some argument starts with {@code prefix}, e.g. {@code --version=}. */
    public boolean hasArgumentStartingWith(String prefix) {
        return arguments.stream().anyMatch(argument -> argument.startsWith(prefix));
    }

    /**
     * The flags in order, one entry per occurrence: {@code -qy --no-install-recommends --yes=true}
     * gives {@code q, y, no-install-recommends, yes}.
     */
    public List<String> flags() {
        List<String> read = flags;
        if (read == null) {
            // an immutable list, the same whichever thread reads it first
            read = readFlags(arguments.subList(0, endOfFlags));
            flags = read;
        }
        return read;
    }

    /** Whether the flag is given: {@code hasFlag("y")} matches {@code -y} and {@code -qy}, {@code hasFlag("yes")} {@code --yes}. */
    public boolean hasFlag(String flag) {
        return flags().contains(flag);
    }

    /** Whether one of {@code candidates} is given as a flag. */
    public boolean hasAnyFlag(String... candidates) {
        return containsAny(flags(), candidates);
    }

    /** How many times the flag is given: {@code -qq} gives {@code q} twice. */
    public int countFlag(String flag) {
        int count = 0;
        for (String given : flags()) {
            if (given.equals(flag)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The values given to {@code flag}, in order: {@code --uid=1000} or {@code --uid 1000} for a long
     * flag; for a short one, the rest of its word ({@code -u1000}, {@code -q=2} gives {@code 2}) or,
     * when it ends its word ({@code -u 1000}, {@code -mu 1000}), the next argument.
     */
    public List<String> flagValues(String flag) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < endOfFlags; i++) {
            String argument = arguments.get(i);
            String next = i + 1 < arguments.size() ? arguments.get(i + 1) : null;
            if (isLongFlag(argument) && longFlagName(argument).equals(flag)) {
                int equals = argument.indexOf('=');
                addIfPresent(values, equals < 0 ? next : argument.substring(equals + 1));
            } else if (isShortFlags(argument) && flag.length() == 1 && argument.indexOf(flag.charAt(0), 1) > 0) {
                String rest = argument.substring(argument.indexOf(flag.charAt(0), 1) + 1);
                addIfPresent(values, rest.isEmpty() ? next : rest.startsWith("=") ? rest.substring(1) : rest);
            }
        }
        return values;
    }

    /**
     * The arguments that are not flags, in order (hadolint's {@code getArgsNoFlags}): flag words are
     * left out, and so is the separate value of each flag in {@code flagsWithValue}. A flag's value
     * given in the same word ({@code --target-release=x}, {@code -tx}) goes with it. {@code --} is
     * left out and everything after it kept. For {@code apt-get -o Dpkg::Options::=--force-confnew
     * install -t bookworm-backports curl}, {@code argumentsWithoutFlags("o", "t")} is {@code install,
     * curl}; without naming them, the values {@code Dpkg::Options::=--force-confnew} and
     * {@code bookworm-backports} are arguments too.
     */
    public List<String> argumentsWithoutFlags(String... flagsWithValue) {
        List<String> withValue = Arrays.asList(flagsWithValue);
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (i == endOfFlags) {
                continue;
            }
            if (i > endOfFlags) {
                operands.add(argument);
            } else if (isLongFlag(argument)) {
                if (argument.indexOf('=') < 0 && withValue.contains(longFlagName(argument))) {
                    i++;
                }
            } else if (isShortFlags(argument)) {
                if (withValue.contains(argument.substring(argument.length() - 1))) {
                    i++;
                }
            } else {
                operands.add(argument);
            }
        }
        return operands;
    }

    /**
     * The first argument that is not a flag, e.g. {@code install} in {@code apt-get -y install curl},
     * or {@code ""} if there is none; {@code flagsWithValue} as in {@link #argumentsWithoutFlags}.
     */
    public String subcommand(String... flagsWithValue) {
        List<String> operands = argumentsWithoutFlags(flagsWithValue);
        return operands.isEmpty() ? "" : operands.get(0);
    }

    /**
     * Whether the command turns on pipefail: {@code set}, or bash, zsh or ash started with
     * {@code -o pipefail} ({@code set -euo pipefail}, {@code /bin/bash -o pipefail -c}), read as
     * hadolint does: an {@code o} flag and a {@code pipefail} argument.
     */
    public boolean enablesPipefail() {
        if (!name.equals("set") && !name.endsWith("sh")) {
            return false; // the parser asks this of every command: most are neither set nor a shell
        }
        return (name.equals("set") || PIPEFAIL_SHELLS.contains(name.substring(name.lastIndexOf('/') + 1)))
                && hasFlag("o") && hasArgument("pipefail");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            text.append(text.length() == 0 ? "" : " ").append(word.text());
        }
        return text.toString();
    }

    /** Whether {@code word}, as written, assigns a variable: {@code NAME=…}, {@code NAME+=…}, {@code NAME[i]=…}. */
    static boolean isAssignment(String word) {
        int equals = word.indexOf('=');
        if (equals <= 0) {
            return false;
        }
        int nameEnd = word.charAt(equals - 1) == '+' ? equals - 1 : equals;
        int subscript = word.indexOf('[');
        if (subscript > 0 && subscript < nameEnd && word.charAt(nameEnd - 1) == ']') {
            nameEnd = subscript;
        }
        return isVariableName(word.substring(0, nameEnd));
    }

    /** Whether {@code text} is a shell variable name: a letter or {@code _}, then letters, digits, {@code _}. */
    static boolean isVariableName(CharSequence text) {
        if (text.length() == 0 || Character.isDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Which word names the command: the first, or the one a wrapper such as {@code exec} runs. */
    private static int nameIndex(List<Word> words) {
        String first = words.get(0).value();
        if (WRAPPERS.contains(first)) {
            return words.size() > 1 && !words.get(1).value().startsWith("-") ? 1 : 0;
        }
        if (first.equals("exec")) {
            // exec [-cl] [-a name] command…
            int index = 1;
            while (index < words.size() && isShortFlags(words.get(index).value())) {
                index += words.get(index).value().endsWith("a") ? 2 : 1;
            }
            return index < words.size() ? index : 0;
        }
        return 0;
    }

    private static List<String> readFlags(List<String> candidates) {
        List<String> flags = new ArrayList<>();
        for (String argument : candidates) {
            if (isLongFlag(argument)) {
                flags.add(longFlagName(argument));
            } else if (isShortFlags(argument)) {
                for (int i = 1; i < argument.length(); i++) {
                    char flag = argument.charAt(i);
                    flags.add(flag < ONE_CHARACTER.length ? ONE_CHARACTER[flag] : String.valueOf(flag));
                }
            }
        }
        return List.copyOf(flags);
    }

    private static boolean isLongFlag(String argument) {
        return argument.startsWith("--") && argument.length() > 2;
    }

    private static String longFlagName(String argument) {
        int equals = argument.indexOf('=');
        return argument.substring(2, equals < 0 ? argument.length() : equals);
    }

    private static boolean isShortFlags(String argument) {
        return argument.length() > 1 && argument.charAt(0) == '-' && argument.charAt(1) != '-';
    }

    private static boolean containsAny(List<String> list, String... candidates) {
        for (String candidate : candidates) {
            if (list.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static void addIfPresent(List<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }
}
