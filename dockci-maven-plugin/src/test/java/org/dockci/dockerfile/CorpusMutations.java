package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Derives more corpus cases from the valid hand-written files, the same on every run: each
 * {@link Mutation} either breaks a file in one known way or changes it in a way Docker ignores.
 * Line edits only touch lines that start an instruction, so they skip files with heredocs, a
 * byte-order mark or the word "escape" (a possible escape directive), where telling those lines
 * apart would take a parser.
 */
final class CorpusMutations {

    private CorpusMutations() {
    }

    /** One change to a Dockerfile, with the verdict it leads to. */
    enum Mutation {
        /** An unknown instruction at the end of the file. */
        UNKNOWN_INSTRUCTION_APPENDED("unknown-instruction-appended", false, CorpusMutations::appendUnknownInstruction),
        /** An unknown flag on the first RUN, COPY or ADD. */
        UNKNOWN_FLAG("unknown-flag", false, source -> editLines(source, CorpusMutations::addUnknownFlag)),
        /** The only argument of the first single-line WORKDIR, USER, EXPOSE or VOLUME removed. */
        ARGUMENT_DROPPED("argument-dropped", false, source -> editLines(source, CorpusMutations::dropArgument)),
        /** A RUN just before the first FROM. */
        RUN_BEFORE_FROM("run-before-from", false, source -> editLines(source, CorpusMutations::runBeforeFrom)),
        /** Every instruction keyword in lower case: keywords are case-insensitive. */
        KEYWORDS_LOWERCASED("keywords-lowercased", true, source -> editLines(source, CorpusMutations::lowercaseKeywords)),
        /** Comments and blank lines before each FROM and inside each continuation: both are skipped. */
        COMMENTS_AND_BLANK_LINES_INSERTED("comments-and-blank-lines-inserted", true,
                source -> editLines(source, CorpusMutations::insertCommentsAndBlankLines));

        private final String slug;
        private final boolean keepsValid;
        private final Function<String, Optional<String>> change;

        Mutation(String slug, boolean keepsValid, Function<String, Optional<String>> change) {
            this.slug = slug;
            this.keepsValid = keepsValid;
            this.change = change;
        }

        /** The mutation's name in generated case names. */
        String slug() {
            return slug;
        }

        /** The changed text, or empty when this mutation does not apply to {@code source}. */
        Optional<String> apply(String source) {
            return change.apply(source).filter(changed -> !changed.equals(source));
        }
    }

    /** How many generated cases each valid file gives at most. */
    static final int MUTATIONS_PER_FILE = 2;

    private static final Set<String> ONE_ARGUMENT_KEYWORDS = Set.of("WORKDIR", "USER", "EXPOSE", "VOLUME");
    private static final Set<String> FLAGGED_KEYWORDS = Set.of("RUN", "COPY", "ADD");

    /**
     * Up to {@link #MUTATIONS_PER_FILE} mutations of each valid file in {@code sources}, named
     * SOURCE~MUTATION. The n-th valid file tries the mutations from the n-th on, round the list, so
     * each mutation meets about as many files, and Docker judges them all within its time budget.
     */
    static List<CorpusFile> of(List<CorpusFile> sources) {
        List<CorpusFile> cases = new ArrayList<>();
        Mutation[] mutations = Mutation.values();
        int n = 0;
        for (CorpusFile source : sources) {
            if (!source.valid()) {
                continue;
            }
            int applied = 0;
            for (int i = 0; i < mutations.length && applied < MUTATIONS_PER_FILE; i++) {
                Mutation mutation = mutations[(n + i) % mutations.length];
                Optional<String> content = mutation.apply(source.content());
                if (content.isPresent()) {
                    cases.add(new CorpusFile("generated/" + stem(source.name()) + "~" + mutation.slug, content.get(),
                            mutation.keepsValid, source.buildkitOnlyReason()
                                    .map(reason -> "derived from " + source.name() + ": " + reason)));
                    applied++;
                }
            }
            n++;
        }
        return cases;
    }

    private static String stem(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.endsWith(".Dockerfile") ? file.substring(0, file.length() - ".Dockerfile".length()) : file;
    }

    private static Optional<String> appendUnknownInstruction(String source) {
        List<String> lines = Arrays.asList(source.split("\n", -1));
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = stripEnd(lines.get(i));
            if (!line.isEmpty()) {
                if (continues(line)) {
                    return Optional.empty();
                }
                break;
            }
        }
        String newline = newline(source);
        String start = source.isEmpty() || source.endsWith("\n") ? source : source + newline;
        return Optional.of(start + "FROBNICATE /tmp" + newline);
    }

    /** Applies {@code edit} to the lines of files simple enough to find instruction starts without a parser. */
    private static Optional<String> editLines(String source, Predicate<Lines> edit) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.contains("<<") || lower.contains("escape") || source.startsWith("\uFEFF")) {
            return Optional.empty();
        }
        Lines lines = new Lines(source);
        return edit.test(lines) ? Optional.of(lines.text()) : Optional.empty();
    }

    private static boolean addUnknownFlag(Lines lines) {
        for (int i : lines.instructionStarts()) {
            if (FLAGGED_KEYWORDS.contains(lines.keyword(i))) {
                String line = lines.get(i);
                int end = line.indexOf(lines.keywordAsWritten(i)) + lines.keyword(i).length();
                lines.set(i, line.substring(0, end) + " --frobnicate" + line.substring(end));
                return true;
            }
        }
        return false;
    }

    private static boolean dropArgument(Lines lines) {
        for (int i : lines.instructionStarts()) {
            if (ONE_ARGUMENT_KEYWORDS.contains(lines.keyword(i)) && !continues(stripEnd(lines.get(i)))) {
                String line = lines.get(i);
                int end = line.indexOf(lines.keywordAsWritten(i)) + lines.keyword(i).length();
                lines.set(i, line.substring(0, end) + (line.endsWith("\r") ? "\r" : ""));
                return true;
            }
        }
        return false;
    }

    private static boolean runBeforeFrom(Lines lines) {
        for (int i : lines.instructionStarts()) {
            if (lines.keyword(i).equals("FROM")) {
                lines.insert(i, "RUN true");
                return true;
            }
        }
        return false;
    }

    private static boolean lowercaseKeywords(Lines lines) {
        for (int i : lines.instructionStarts()) {
            String line = lines.get(i);
            String keyword = lines.keywordAsWritten(i);
            int start = line.indexOf(keyword);
            lines.set(i, line.substring(0, start) + keyword.toLowerCase(Locale.ROOT) + line.substring(start + keyword.length()));
        }
        return true;
    }

    private static boolean insertCommentsAndBlankLines(Lines lines) {
        List<Integer> starts = lines.instructionStarts();
        // Walk backwards so that earlier indexes stay right while lines are inserted.
        for (int k = starts.size() - 1; k >= 0; k--) {
            int i = starts.get(k);
            if (continues(stripEnd(lines.get(i)))) {
                lines.insert(i + 1, "");
                lines.insert(i + 1, "    # a comment inside the continuation (generated)");
            }
            if (lines.keyword(i).equals("FROM")) {
                lines.insert(i, "");
                lines.insert(i, "# a new stage (generated)");
            }
        }
        return true;
    }

    private static boolean continues(String strippedLine) {
        return strippedLine.endsWith("\\") || strippedLine.endsWith("`");
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && " \t\r".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String newline(String source) {
        return source.contains("\r\n") ? "\r\n" : "\n";
    }

    private static boolean blankOrComment(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("#");
    }

    /** A file's lines, with the lines that start an instruction told apart as Docker's parser does. */
    private static final class Lines {

        private final List<String> lines;
        private final String lineEnd;

        Lines(String source) {
            this.lines = new ArrayList<>(Arrays.asList(source.split("\n", -1)));
            this.lineEnd = source.contains("\r\n") ? "\r" : "";
        }

        String get(int index) {
            return lines.get(index);
        }

        void set(int index, String line) {
            lines.set(index, line);
        }

        void insert(int index, String line) {
            lines.add(index, line + lineEnd);
        }

        /**
         * Indexes of the lines that start an instruction: not blank, not a comment, and not continuing
         * the line before (comments and blank lines inside a continuation do not end it).
         */
        List<Integer> instructionStarts() {
            List<Integer> starts = new ArrayList<>();
            boolean continuing = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (blankOrComment(line)) {
                    continue;
                }
                if (!continuing) {
                    starts.add(i);
                }
                continuing = continues(stripEnd(line));
            }
            return starts;
        }

        String keywordAsWritten(int index) {
            return lines.get(index).strip().split("\\s+", 2)[0];
        }

        String keyword(int index) {
            return keywordAsWritten(index).toUpperCase(Locale.ROOT);
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
