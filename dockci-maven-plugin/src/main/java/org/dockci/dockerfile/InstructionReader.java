package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the parts of one logical line into a typed {@link Instruction}, in the two steps Docker takes:
 * its parser cuts the arguments ({@link #arguments}), then its {@code instructions} package checks the
 * argument count, the flags and the forms ({@link #read}). Each step stops at the first problem, in
 * Docker's order, with a {@link Refusal}.
 */
final class InstructionReader {

    private static final long MINIMUM_INTERVAL_NANOS = 1_000_000L;

    private InstructionReader() {
    }

    /**
     * The arguments as Docker's parser cuts them: {@code words} (JSON strings in exec form, else the
     * keyword's own cut), {@code pairs} of ENV and LABEL, {@code text} the arguments as written (the
     * command of a shell form, after HEALTHCHECK's type) and the {@code trigger} of ONBUILD.
     */
    record Arguments(List<String> words, boolean json, List<LineArguments.Pair> pairs, String text, Trigger trigger) {

        static Arguments of(List<String> words, String text) {
            return new Arguments(words, false, List.of(), text, null);
        }
    }

    /**
     * The instruction an ONBUILD wraps: where its parts are, its keyword as written and as known (null
     * when unknown), its arguments.
     */
    record Trigger(InstructionSplitter.Parts parts, String written, Keyword keyword, Arguments arguments) {
    }

    /**
     * Cuts the arguments of {@code keyword} in {@code line} as Docker's parser does.
     *
     * @throws Refusal when Docker's parser refuses them (a JSON array of non-strings, a malformed ENV)
     */
    static Arguments arguments(Keyword keyword, String line, InstructionSplitter.Parts parts, char escape) {
        String rest = parts.arguments(line);
        switch (keyword) {
            case ADD, COPY, VOLUME -> {
                List<String> strings = JsonArray.strings(rest);
                return strings != null ? new Arguments(strings, true, List.of(), rest, null)
                        : Arguments.of(LineArguments.blankSeparated(rest), rest);
            }
            case CMD, ENTRYPOINT, RUN, SHELL -> {
                return command(rest);
            }
            case ENV, LABEL -> {
                return new Arguments(List.of(), false, LineArguments.pairs(rest, keyword.name(), escape), rest, null);
            }
            case ARG -> {
                return Arguments.of(LineArguments.words(rest, escape), rest);
            }
            case EXPOSE, FROM -> {
                return Arguments.of(LineArguments.blankSeparated(rest), rest);
            }
            case HEALTHCHECK -> {
                return healthcheck(rest);
            }
            case ONBUILD -> {
                if (rest.isEmpty()) {
                    return Arguments.of(List.of(), rest);
                }
                InstructionSplitter.Parts inner = InstructionSplitter.split(line, parts.argumentsStart(), parts.argumentsEnd(), escape);
                String written = inner.keyword(line);
                Keyword triggerKeyword = keyword(written);
                Arguments triggerArguments = triggerKeyword == null ? Arguments.of(List.of(), inner.arguments(line))
                        : arguments(triggerKeyword, line, inner, escape);
                return new Arguments(List.of(), false, List.of(), rest, new Trigger(inner, written, triggerKeyword, triggerArguments));
            }
            default -> {
                return Arguments.of(rest.isEmpty() ? List.of() : List.of(rest), rest);
            }
        }
    }

    /** The exec form when {@code rest} is a JSON array of strings, else the shell form. */
    private static Arguments command(String rest) {
        if (rest.isEmpty()) {
            return Arguments.of(List.of(), rest);
        }
        List<String> strings = JsonArray.strings(rest);
        return strings != null ? new Arguments(strings, true, List.of(), rest, null) : Arguments.of(List.of(rest), rest);
    }

    /** HEALTHCHECK's type (the first word), then its command. */
    private static Arguments healthcheck(String rest) {
        int separator = 0;
        while (separator < rest.length() && !isByteSpace(rest.charAt(separator))) {
            separator++;
        }
        if (separator == 0) {
            return Arguments.of(List.of(), rest);
        }
        int next = separator;
        while (next < rest.length() && isByteSpace(rest.charAt(next))) {
            next++;
        }
        Arguments command = command(rest.substring(next));
        List<String> words = new ArrayList<>(command.words().size() + 1);
        words.add(rest.substring(0, separator));
        words.addAll(command.words());
        return new Arguments(words, command.json(), List.of(), command.text(), null);
    }

    /** Docker looks for HEALTHCHECK's type byte by byte, as for flags. */
    private static boolean isByteSpace(char c) {
        return c < 0x80 ? GoStrings.isSpace(c) : c == 0x85 || c == 0xA0;
    }

    /** The keyword Docker reads in {@code word}: Go lower-cases it, then looks it up. */
    static Keyword keyword(String word) {
        String lower = GoStrings.lower(word);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return null;
            }
        }
        return Keyword.of(lower).orElse(null);
    }

    /** True when Docker reads heredocs after this instruction: RUN, COPY, ADD (or ONBUILD of one) in shell form. */
    static boolean takesHeredocs(Keyword keyword, Arguments arguments) {
        if (keyword == Keyword.ONBUILD && arguments.trigger() != null) {
            return takesHeredocs(arguments.trigger().keyword(), arguments.trigger().arguments());
        }
        return (keyword == Keyword.RUN || keyword == Keyword.COPY || keyword == Keyword.ADD) && !arguments.json();
    }

    /**
     * The instruction, checked as Docker's {@code instructions} package does.
     *
     * @param trigger the instruction ONBUILD wraps, already read (null when malformed or not ONBUILD)
     * @param line where each character of the logical line was written, for a shell form's command
     * @throws Refusal on the first problem
     */
    static Instruction read(Source source, Arguments arguments, List<Heredoc> heredocs, Instruction trigger,
            TextPositions line) {
        List<String> words = arguments.words();
        List<Flag> flags = source.flags();
        Keyword keyword = source.keyword();
        String name = keyword.name();
        switch (keyword) {
            case FROM: {
                String stageName = null;
                if (words.size() == 3 && words.get(1).equalsIgnoreCase("as")) {
                    stageName = words.get(2);
                    if (!isStageName(GoStrings.lower(stageName))) {
                        throw new Refusal(SyntaxErrorKind.FROM, "invalid name for build stage: " + GoStrings.quote(stageName)
                                + ", name can't start with a number or contain symbols");
                    }
                } else if (words.size() != 1) {
                    throw new Refusal(SyntaxErrorKind.FROM, "FROM requires either one or three arguments");
                }
                new FlagSet().string("platform").parse(flags);
                return new Instruction.From(source, words.get(0), stageName);
            }
            case RUN: {
                FlagSet given = new FlagSet().repeatable("device").repeatable("mount").string("network").string("security")
                        .parse(flags);
                RunOptions.checkParsed(given);
                return new Instruction.Run(source, command(arguments, heredocs, line));
            }
            case CMD:
                new FlagSet().parse(flags);
                return new Instruction.Cmd(source, command(arguments, heredocs, line));
            case ENTRYPOINT:
                new FlagSet().parse(flags);
                return new Instruction.Entrypoint(source, command(arguments, heredocs, line));
            case SHELL:
                new FlagSet().parse(flags);
                if (words.isEmpty()) {
                    throw atLeastOneArgument(name);
                }
                if (!arguments.json()) {
                    throw new Refusal(SyntaxErrorKind.JSON, "SHELL requires the arguments to be in JSON form");
                }
                return new Instruction.Shell(source, List.copyOf(words));
            case COPY:
            case ADD:
                return transfer(source, arguments, heredocs);
            case ENV:
            case LABEL: {
                new FlagSet().parse(flags);
                if (arguments.pairs().isEmpty()) {
                    throw atLeastOneArgument(name);
                }
                List<Instruction.KeyValue> pairs = new ArrayList<>(arguments.pairs().size());
                for (LineArguments.Pair pair : arguments.pairs()) {
                    if (pair.key().isEmpty()) {
                        throw new Refusal(SyntaxErrorKind.KEY_VALUE, name + " names can not be blank");
                    }
                    pairs.add(new Instruction.KeyValue(pair.key(), pair.value()));
                }
                return keyword == Keyword.ENV ? new Instruction.Env(source, List.copyOf(pairs))
                        : new Instruction.Label(source, List.copyOf(pairs));
            }
            case ARG: {
                if (words.isEmpty()) {
                    throw atLeastOneArgument(name);
                }
                List<Instruction.ArgDeclaration> declarations = new ArrayList<>(words.size());
                for (String word : words) {
                    int equals = word.indexOf('=');
                    if (equals == 0) {
                        throw new Refusal(SyntaxErrorKind.KEY_VALUE, "ARG names can not be blank");
                    }
                    declarations.add(equals < 0 ? new Instruction.ArgDeclaration(word, null)
                            : new Instruction.ArgDeclaration(word.substring(0, equals), word.substring(equals + 1)));
                }
                return new Instruction.Arg(source, List.copyOf(declarations));
            }
            case EXPOSE:
                if (words.isEmpty()) {
                    throw atLeastOneArgument(name);
                }
                new FlagSet().parse(flags);
                return new Instruction.Expose(source, List.copyOf(words));
            case USER:
                return new Instruction.User(source, exactlyOne(name, words, flags));
            case WORKDIR:
                return new Instruction.Workdir(source, exactlyOne(name, words, flags));
            case MAINTAINER:
                return new Instruction.Maintainer(source, exactlyOne(name, words, flags));
            case STOPSIGNAL:
                // Docker never checks STOPSIGNAL's flags.
                if (words.size() != 1) {
                    throw exactlyOneArgument(name);
                }
                return new Instruction.StopSignal(source, words.get(0));
            case VOLUME: {
                if (words.isEmpty()) {
                    throw atLeastOneArgument(name);
                }
                new FlagSet().parse(flags);
                List<String> paths = new ArrayList<>(words.size());
                for (String word : words) {
                    String path = GoStrings.trimSpace(word);
                    if (path.isEmpty()) {
                        throw new Refusal(SyntaxErrorKind.ARGUMENTS, "VOLUME specified can not be an empty string");
                    }
                    paths.add(path);
                }
                return new Instruction.Volume(source, List.copyOf(paths));
            }
            case HEALTHCHECK:
                return healthcheck(source, arguments, line);
            case ONBUILD:
                return onBuild(source, arguments, trigger);
            default:
                throw new IllegalStateException("no reader for " + keyword);
        }
    }

    /** The command of {@code arguments}; in shell form its text ends the logical line, whose positions are {@code line}. */
    private static CommandLine command(Arguments arguments, List<Heredoc> heredocs, TextPositions line) {
        if (arguments.json()) {
            return new CommandLine(true, List.copyOf(arguments.words()), null, List.of());
        }
        return new CommandLine(false, List.of(), arguments.text(), List.copyOf(heredocs), line.ofTail(arguments.text()));
    }

    private static boolean isStageName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static Instruction transfer(Source source, Arguments arguments, List<Heredoc> heredocs) {
        List<String> words = arguments.words();
        String name = source.keyword().name();
        if (words.size() < 2) {
            throw new Refusal(SyntaxErrorKind.ARGUMENTS, name + " requires at least two arguments, but only one was "
                    + "provided. Destination could not be determined");
        }
        FlagSet flags = new FlagSet().string("chown").string("chmod").bool("link").repeatable("exclude");
        if (source.keyword() == Keyword.COPY) {
            flags.string("from").bool("parents");
        } else {
            flags.bool("keep-git-dir").string("checksum").bool("unpack");
        }
        flags.parse(source.flags());
        String destination = words.get(words.size() - 1);
        if (HeredocMarker.ofWord(destination) != null) {
            throw new Refusal(SyntaxErrorKind.HEREDOC, name + " cannot accept a heredoc as a destination");
        }
        List<String> sources = new ArrayList<>(words.size() - 1);
        for (String word : words.subList(0, words.size() - 1)) {
            if (HeredocMarker.ofWord(word) == null) {
                sources.add(word);
            }
        }
        List<String> paths = List.copyOf(sources);
        List<Heredoc> bodies = List.copyOf(heredocs);
        return source.keyword() == Keyword.COPY
                ? new Instruction.Copy(source, paths, destination, arguments.json(), bodies)
                : new Instruction.Add(source, paths, destination, arguments.json(), bodies);
    }

    private static String exactlyOne(String name, List<String> words, List<Flag> flags) {
        if (words.size() != 1) {
            throw exactlyOneArgument(name);
        }
        new FlagSet().parse(flags);
        return words.get(0);
    }

    private static Instruction healthcheck(Source source, Arguments arguments, TextPositions line) {
        List<String> words = arguments.words();
        if (words.isEmpty()) {
            throw atLeastOneArgument("HEALTHCHECK");
        }
        String type = GoStrings.upper(words.get(0));
        if (type.equals("NONE")) {
            // Docker checks neither the flags nor anything else of HEALTHCHECK NONE.
            if (words.size() > 1) {
                throw new Refusal(SyntaxErrorKind.HEALTHCHECK, "HEALTHCHECK NONE takes no arguments");
            }
            return new Instruction.Healthcheck(source, null);
        }
        FlagSet flags = new FlagSet().string("interval").string("timeout").string("start-period")
                .string("start-interval").string("retries").parse(source.flags());
        if (!type.equals("CMD")) {
            throw new Refusal(SyntaxErrorKind.HEALTHCHECK, "Unknown type " + GoStrings.quote(type) + " in HEALTHCHECK (try CMD)");
        }
        if (words.size() == 1) {
            throw new Refusal(SyntaxErrorKind.HEALTHCHECK, "Missing command after HEALTHCHECK CMD");
        }
        for (String interval : List.of("interval", "timeout", "start-period", "start-interval")) {
            checkInterval(interval, flags.value(interval, ""));
        }
        String retries = flags.value("retries", "");
        if (!retries.isEmpty()) {
            long count;
            try {
                count = GoNumbers.parseInt(retries, 10, 32);
            } catch (NumberFormatException malformed) {
                throw new Refusal(SyntaxErrorKind.HEALTHCHECK, malformed.getMessage());
            }
            if (count < 0) {
                throw new Refusal(SyntaxErrorKind.HEALTHCHECK, "--retries cannot be negative (" + count + ")");
            }
        }
        Arguments command = new Arguments(words.subList(1, words.size()), arguments.json(), List.of(), arguments.text(),
                null);
        return new Instruction.Healthcheck(source, command(command, List.of(), line));
    }

    private static void checkInterval(String flag, String value) {
        if (value.isEmpty()) {
            return;
        }
        long nanos;
        try {
            nanos = GoNumbers.parseDuration(value);
        } catch (IllegalArgumentException malformed) {
            throw new Refusal(SyntaxErrorKind.HEALTHCHECK, malformed.getMessage());
        }
        if (nanos != 0 && nanos < MINIMUM_INTERVAL_NANOS) {
            throw new Refusal(SyntaxErrorKind.HEALTHCHECK, "Interval " + GoStrings.quote(flag) + " cannot be less than 1ms");
        }
    }

    private static Instruction onBuild(Source source, Arguments arguments, Instruction trigger) {
        if (arguments.trigger() == null) {
            throw atLeastOneArgument("ONBUILD");
        }
        new FlagSet().parse(source.flags());
        String written = GoStrings.upper(GoStrings.trimSpace(arguments.trigger().written()));
        if (written.equals("ONBUILD")) {
            throw new Refusal(SyntaxErrorKind.ONBUILD, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        }
        if (written.equals("MAINTAINER") || written.equals("FROM")) {
            throw new Refusal(SyntaxErrorKind.ONBUILD, written + " isn't allowed as an ONBUILD trigger");
        }
        return new Instruction.OnBuild(source, trigger);
    }

    private static Refusal atLeastOneArgument(String name) {
        return new Refusal(SyntaxErrorKind.ARGUMENTS, name + " requires at least one argument");
    }

    private static Refusal exactlyOneArgument(String name) {
        return new Refusal(SyntaxErrorKind.ARGUMENTS, name + " requires exactly one argument");
    }
}
