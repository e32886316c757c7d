package org.dockci.dockerfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Parses a Dockerfile as Docker's (BuildKit's) parser does: directives, continuations, comments,
 * heredocs, exec and shell forms, flags. It never throws on bad input: what Docker would refuse
 * becomes a {@link SyntaxError} of the result, and parsing goes on with the next instruction.
 *
 * <p>Besides what Docker's parser refuses, the result holds what BuildKit refuses when it builds the
 * file but can be known without building: malformed variable substitutions in the words it expands,
 * invalid image names, mount, chmod, port and signal values, copies from stages that do not come
 * first. Errors point at the line of the instruction and column 1, as Docker only gives lines.
 */
public final class DockerfileParser {

    private static final int LONGEST_LINE_BYTES = 65535;
    /** Below this many characters a line cannot exceed {@link #LONGEST_LINE_BYTES} bytes of UTF-8. */
    private static final int SHORT_LINE_CHARS = (LONGEST_LINE_BYTES + 1) / 3;
    private static final List<String> KEYWORD_NAMES = Arrays.stream(Keyword.values()).map(Enum::name).toList();

    private final String text;
    private final SourceLines lines;
    private final DirectiveReader directives = new DirectiveReader();
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<SyntaxError> errors = new ArrayList<>();
    private final List<PendingCopy> copiesFromStages = new ArrayList<>();
    /** The lower-case name of each stage seen, or null for an unnamed (or malformed) one. */
    private final List<String> stageNames = new ArrayList<>();
    private BuildChecks checks;
    private int next;
    private boolean anyInstruction;
    private boolean instructionBeforeFrom;

    /** A COPY --from whose stage can only be checked once every stage is known. */
    private record PendingCopy(Instruction.Copy copy, String from, int stage, Position errorAt) {
    }

    private DockerfileParser(String content) {
        this.text = content;
        this.lines = new SourceLines(content, content.startsWith("\uFEFF") ? 1 : 0);
    }

    /**
     * Parses the UTF-8 file at {@code path} (a leading byte-order mark is ignored). A file that is not
     * UTF-8 text gives one {@link SyntaxErrorKind#NOT_TEXT} error at the line of its first bad byte.
     */
    public static Dockerfile parse(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // bad bytes decode to U+FFFD; only then is the file decoded again, strictly, to find the first one
        if (text.indexOf('\uFFFD') >= 0) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true);
            if (result.isError()) {
                return notText(lineOf(bytes, in.position()), "not a text file: bytes that are not UTF-8 (a binary"
                        + " file, or text in another encoding: save it as UTF-8)");
            }
        }
        return parse(text);
    }

    /** Parses {@code content}; text holding a NUL character gives one {@link SyntaxErrorKind#NOT_TEXT} error. */
    public static Dockerfile parse(String content) {
        int nul = content.indexOf('\0');
        if (nul >= 0) {
            return notText(1 + (int) content.substring(0, nul).chars().filter(c -> c == '\n').count(),
                    "not a text file: a NUL byte (a binary file?)");
        }
        return new DockerfileParser(content).read();
    }

    /** A file with nothing but the one error that it is not text, at {@code line}: read as lines it is noise. */
    private static Dockerfile notText(int line, String message) {
        return new Dockerfile(Directives.NONE, List.of(), List.of(),
                List.of(SyntaxErrorKind.NOT_TEXT.at(new Position(line, 1), message)));
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private Dockerfile read() {
        while (next < lines.count()) {
            int index = take();
            int end = lines.contentEnd(index);
            int first = GoStrings.skipSpace(text, lines.start(index), end);
            if (directive(index, first, end) || comment(index, first, end)) {
                continue;
            }
            int kept = continuationEnd(first, end);
            if (kept < 0 && first == end) {
                continue;
            }
            instruction(logicalLine(first, end, kept), index);
        }
        finish();
        return new Dockerfile(directives.directives(), List.copyOf(instructions), List.copyOf(comments),
                List.copyOf(errors));
    }

    /** True when the line is a parser directive, read or refused. */
    private boolean directive(int index, int first, int end) {
        if (directives.done()) {
            return false;
        }
        try {
            return directives.offer(text, first, end);
        } catch (Refusal refused) {
            error(refused.kind(), refused.getMessage(), new Position(index + 1, 1));
            return true;
        }
    }

    /** True when the line is a comment, which is then kept. */
    private boolean comment(int index, int first, int end) {
        if (first == end || text.charAt(first) != '#') {
            return false;
        }
        comments.add(new Comment(index + 1, GoStrings.trimSpace(text.substring(first + 1, end))));
        return true;
    }

    /**
     * The instruction starting at {@code text[first, end)} with the lines that continue it ({@code kept}
     * is where the first line's content ends when it continues, else -1): comment and blank lines among
     * them are dropped, and the following lines keep their indentation, as in Docker.
     */
    private LogicalLine logicalLine(int first, int end, int kept) {
        LogicalLine line = new LogicalLine();
        line.append(text, first, kept < 0 ? end : kept);
        while (kept >= 0 && next < lines.count()) {
            int index = take();
            int start = lines.start(index);
            int contentEnd = lines.contentEnd(index);
            int nonBlank = GoStrings.skipSpace(text, start, contentEnd);
            if (comment(index, nonBlank, contentEnd) || nonBlank == contentEnd) {
                continue;
            }
            kept = continuationEnd(start, contentEnd);
            line.append(text, start, kept < 0 ? contentEnd : kept);
        }
        return line;
    }

    /** The next physical line, refused when longer than Docker's line buffer. */
    private int take() {
        int index = next++;
        int start = lines.start(index);
        int end = lines.end(index);
        if (end - start >= SHORT_LINE_CHARS && utf8Length(start, end) > LONGEST_LINE_BYTES) {
            error(SyntaxErrorKind.LINE_TOO_LONG, "dockerfile line greater than max allowed size of " + LONGEST_LINE_BYTES,
                    new Position(index + 1, 1));
        }
        return index;
    }

    private long utf8Length(int start, int end) {
        long bytes = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /**
     * Where the content of {@code text[from, to)} ends when it is continued on the next line (the escape
     * character last but for spaces and tabs, not itself escaped), or -1 when it is not.
     */
    private int continuationEnd(int from, int to) {
        char escape = directives.escape();
        int end = to;
        while (end > from && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end == from || text.charAt(end - 1) != escape) {
            return -1;
        }
        if (end - 1 == from) {
            return from;
        }
        return text.charAt(end - 2) == escape ? -1 : end - 1;
    }

    private void instruction(LogicalLine line, int firstLine) {
        char escape = directives.escape();
        if (checks == null) {
            String syntax = directives.directives().syntax();
            checks = new BuildChecks(escape, syntax != null && syntax.contains("labs"));
        }
        anyInstruction = true;
        String logical = line.text();
        InstructionSplitter.Parts parts = InstructionSplitter.split(logical, 0, logical.length(), escape);
        String written = parts.keyword(logical);
        Position errorAt = new Position(firstLine + 1, 1);
        Keyword keyword = InstructionReader.keyword(written);
        boolean beforeFrom = stageNames.isEmpty();
        if (keyword == Keyword.FROM) {
            stageNames.add(null);
        } else if (keyword != Keyword.ARG && beforeFrom) {
            instructionBeforeFrom = true;
        }
        if (keyword == null) {
            error(SyntaxErrorKind.UNKNOWN_INSTRUCTION,
                    Suggestion.append("unknown instruction: " + written, written, KEYWORD_NAMES, false), errorAt);
            return;
        }
        InstructionReader.Arguments arguments;
        List<Heredoc> heredocs = List.of();
        try {
            arguments = InstructionReader.arguments(keyword, logical, parts, escape);
            if (InstructionReader.takesHeredocs(keyword, arguments) && logical.contains("<<")) {
                heredocs = heredocs(HeredocMarker.inLine(logical));
            }
        } catch (Refusal refused) {
            error(refused.kind(), refused.getMessage(), errorAt);
            return;
        }
        Position start = parts.keywordStart() < logical.length() ? position(line, parts.keywordStart()) : errorAt;
        Position end = heredocs.isEmpty() ? lastPosition(line, logical) : heredocs.get(heredocs.size() - 1).span().end();
        Source source = new Source(keyword, written, new Span(start, end), flags(line, parts), logical);
        TextPositions positions = line.positions(logical, lines);
        Instruction trigger = keyword == Keyword.ONBUILD ? trigger(line, positions, arguments, end, heredocs) : null;
        try {
            accept(InstructionReader.read(source, arguments, heredocs, trigger, positions), beforeFrom, errorAt);
        } catch (Refusal refused) {
            error(refused.kind(), refused.getMessage(), errorAt);
        }
    }

    /**
     * Keeps an instruction Docker's parser accepts, once it is in a stage and BuildKit would build it.
     *
     * @throws Refusal when it comes before any FROM or BuildKit refuses it
     */
    private void accept(Instruction instruction, boolean beforeFrom, Position errorAt) {
        Keyword keyword = instruction.keyword();
        if (instruction instanceof Instruction.From from && from.stageName() != null) {
            // A repeated stage name is not refused: today's BuildKit only warns (the classic builder
            // refuses it when it builds). Lint rule DL3024 reports it, as an error.
            stageNames.set(stageNames.size() - 1, GoStrings.lower(from.stageName()));
        }
        if (beforeFrom && keyword != Keyword.FROM && keyword != Keyword.ARG) {
            throw new Refusal(SyntaxErrorKind.NO_BUILD_STAGE, "no build stage in current context");
        }
        int stagesBefore = stageNames.size() - (keyword == Keyword.FROM ? 1 : 0);
        checks.check(instruction, stageNames.subList(0, stagesBefore));
        instructions.add(instruction);
        if (instruction instanceof Instruction.Copy copy) {
            copy.source().flag("from").ifPresent(from -> copiesFromStages.add(
                    new PendingCopy(copy, from.value(), stageNames.size() - 1, errorAt)));
        }
    }

    /** The instruction ONBUILD wraps, or null when Docker would only refuse it in a child build. */
    private Instruction trigger(LogicalLine line, TextPositions positions, InstructionReader.Arguments arguments,
            Position end, List<Heredoc> heredocs) {
        InstructionReader.Trigger trigger = arguments.trigger();
        if (trigger == null || trigger.keyword() == null || trigger.keyword() == Keyword.ONBUILD) {
            return null;
        }
        Source source = new Source(trigger.keyword(), trigger.written(),
                new Span(position(line, trigger.parts().keywordStart()), end), flags(line, trigger.parts()),
                arguments.text());
        try {
            return InstructionReader.read(source, trigger.arguments(), heredocs, null, positions);
        } catch (Refusal refusedInChildBuild) {
            return null;
        }
    }

    private List<Flag> flags(LogicalLine line, InstructionSplitter.Parts parts) {
        List<Flag> flags = new ArrayList<>(parts.flags().size());
        for (InstructionSplitter.FlagWord word : parts.flags()) {
            String written = word.text();
            int equals = written.indexOf('=');
            String name = equals < 0 ? written.substring(2) : written.substring(2, equals);
            String value = equals < 0 ? null : written.substring(equals + 1);
            flags.add(new Flag(name, value, new Span(position(line, word.start()), position(line, word.end() - 1))));
        }
        return List.copyOf(flags);
    }

    /** Reads the bodies of {@code markers} from the lines that follow the instruction. */
    private List<Heredoc> heredocs(List<HeredocMarker> markers) {
        List<Heredoc> heredocs = new ArrayList<>(markers.size());
        for (HeredocMarker marker : markers) {
            int bodyStart = next;
            StringBuilder content = new StringBuilder();
            int terminator = -1;
            while (next < lines.count()) {
                int index = take();
                int start = lines.start(index);
                int end = lines.contentEnd(index);
                int candidate = start;
                if (marker.chomp()) {
                    while (candidate < end && text.charAt(candidate) == '\t') {
                        candidate++;
                    }
                }
                if (end - candidate == marker.name().length() && text.startsWith(marker.name(), candidate)) {
                    terminator = index;
                    break;
                }
                content.append(text, start, lines.endWithNewline(index));
            }
            if (terminator < 0) {
                throw new Refusal(SyntaxErrorKind.HEREDOC, "unterminated heredoc");
            }
            String body = marker.chomp() ? withoutLeadingTabs(content) : content.toString();
            Span span = new Span(new Position(bodyStart + 1, 1), lines.lastCharacter(terminator));
            heredocs.add(new Heredoc(marker.name(), body, marker.expand(), marker.chomp(), span));
        }
        return List.copyOf(heredocs);
    }

    private static String withoutLeadingTabs(CharSequence content) {
        StringBuilder out = new StringBuilder(content.length());
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (lineStart && c == '\t') {
                continue;
            }
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }

    private Position position(LogicalLine line, int offset) {
        return lines.position(line.sourceOffset(offset));
    }

    private Position lastPosition(LogicalLine line, String logical) {
        int end = GoStrings.trimEnd(logical, 0, logical.length());
        return position(line, Math.max(0, end - 1));
    }

    /** The checks that need the whole file: stages copied from, and whether there is anything to build. */
    private void finish() {
        Set<Instruction> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PendingCopy pending : copiesFromStages) {
            String problem = stageProblem(pending.from(), pending.stage());
            if (problem != null) {
                refused.add(pending.copy());
                error(SyntaxErrorKind.TRANSFER_OPTION, problem, pending.errorAt());
            }
        }
        if (!refused.isEmpty()) {
            instructions.removeIf(refused::contains);
        }
        if (!anyInstruction) {
            error(SyntaxErrorKind.NO_INSTRUCTIONS, "file with no instructions", new Position(Math.max(1, lines.count()), 1));
        } else if (stageNames.isEmpty() && !instructionBeforeFrom) {
            error(SyntaxErrorKind.NO_BUILD_STAGE, "dockerfile contains no stages to build", new Position(1, 1));
        }
        errors.sort(Comparator.comparing(SyntaxError::position));
    }

    /** What BuildKit says of {@code COPY --from=from} in stage {@code current}, or null when it can copy. */
    private String stageProblem(String from, int current) {
        String cannotCopy = "cannot copy from stage " + GoStrings.quote(from) + ", it needs to be defined before current stage "
                + GoStrings.quote(stageLabel(current));
        Long index = atoi(from);
        if (index != null) {
            if (index < 0 || index >= stageNames.size()) {
                return "invalid stage index " + index;
            }
            return index >= current ? cannotCopy : null;
        }
        int named = stageNames.lastIndexOf(GoStrings.lower(from));
        if (named >= 0) {
            return named >= current ? cannotCopy : null;
        }
        if (from.equals("scratch")) {
            return null;
        }
        String problem = ImageReference.problem(from);
        return problem == null ? null : "failed to parse stage name " + GoStrings.quote(from) + ": " + problem;
    }

    private String stageLabel(int stage) {
        String name = stageNames.get(stage);
        if (name != null) {
            return name;
        }
        return stageNames.size() == 1 ? "" : "stage-" + stage;
    }

    /** Go's {@code strconv.Atoi}, or null when {@code s} is not a number. */
    private static Long atoi(String s) {
        try {
            return GoNumbers.parseInt(s, 10, 64);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private void error(SyntaxErrorKind kind, String message, Position position) {
        errors.add(kind.at(position, message));
    }
}
