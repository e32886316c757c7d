package org.dockci.dockerfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Docker makes of a word of ENV, LABEL, ARG, FROM, COPY...: quotes removed, escapes applied,
 * {@code $V}, {@code ${V}}, {@code ${V:-x}}, {@code ${V-x}}, {@code ${V:+x}}, {@code ${V+x}},
 * {@code ${V:?msg}}, {@code ${V?msg}}, {@code ${V#pattern}}, {@code ${V##pattern}}, {@code ${V%pattern}},
 * {@code ${V%%pattern}}, {@code ${V/pattern/replacement}} and {@code ${V//pattern/replacement}} expanded
 * from {@code variables} (an unset variable expands to nothing), as BuildKit's shell lexer does.
 */
public final class ShellWord {

    /** Stands for a value only the build knows (a build argument), in the values given to {@link #expandKnown}. */
    public static final String UNKNOWN = "\uE000";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    private ShellWord() {
    }

    /**
     * {@code word} processed with the values {@code known} (a value may be {@link #UNKNOWN}), when the Dockerfile
     * alone decides it; empty when it names a variable not in {@code known} or one whose value is unknown, or
     * cannot be processed.
     */
    public static Optional<String> expandKnown(String word, Map<String, String> known, char escape) {
        Map<String, String> variables = known;
        if (word.indexOf('$') >= 0) { // else no variable: nothing to look up (most words), no copy
            variables = new HashMap<>(known);
        }
        Matcher matcher = VARIABLE.matcher(word);
        while (matcher.find()) {
            variables.putIfAbsent(matcher.group(1), UNKNOWN);
        }
        try {
            String expanded = process(word, variables, escape);
            return expanded.contains(UNKNOWN) ? Optional.empty() : Optional.of(expanded);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Processes {@code word} with the escape character {@code escape}.
     *
     * @throws IllegalArgumentException with Docker's message when the word is malformed ({@code ${A}),
     *         or when {@code ${V?msg}} meets an unset {@code V}
     */
    public static String process(String word, Map<String, String> variables, char escape) {
        return new WordExpander(escape).processWord(word, variables);
    }

    /**
     * Processes {@code word} and splits the result into fields as EXPOSE does: unquoted blanks separate
     * them, quoted ones do not.
     *
     * @throws IllegalArgumentException as {@link #process}
     */
    public static List<String> split(String word, Map<String, String> variables, char escape) {
        return new WordExpander(escape).processWords(word, variables);
    }

    /**
     * Docker's message when {@code word} cannot be processed whatever the variables hold (an unclosed
     * quote or brace, an unknown modifier, a bad pattern), or empty when it can.
     */
    public static Optional<String> syntaxError(String word, char escape) {
        return Optional.ofNullable(new WordExpander(escape).syntaxOnly().syntaxError(word));
    }
}
