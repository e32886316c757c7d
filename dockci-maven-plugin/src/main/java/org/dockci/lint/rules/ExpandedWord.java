package org.dockci.lint.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dockci.dockerfile.ShellWord;

/**
 * A word of FROM, LABEL, ENV… as Docker reads it, when the Dockerfile alone decides it: quotes and
 * escapes removed, variables expanded from the values known, and nothing when a variable whose value
 * only the build knows is in it.
 */
final class ExpandedWord {

    /** Stands for a value only the build knows, in a map of known values. */
    static final String UNKNOWN = "\uE000";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    private ExpandedWord() {
    }

    /**
     * {@code word} processed with {@code known} values (a value may be {@link #UNKNOWN}); empty when it
     * names a variable not in {@code known} or one whose value is unknown, or cannot be processed.
     */
    static Optional<String> of(String word, Map<String, String> known, char escape) {
        if (word.indexOf('$') < 0) {
            return process(word, known, escape); // no variable: nothing to look up (most words)
        }
        Map<String, String> variables = new HashMap<>(known);
        Matcher matcher = VARIABLE.matcher(word);
        while (matcher.find()) {
            variables.putIfAbsent(matcher.group(1), UNKNOWN);
        }
        return process(word, variables, escape);
    }

    private static Optional<String> process(String word, Map<String, String> variables, char escape) {
        try {
            String expanded = ShellWord.process(word, variables, escape);
            return expanded.contains(UNKNOWN) ? Optional.empty() : Optional.of(expanded);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** {@code word} processed when it holds no variable, else empty. */
    static Optional<String> literal(String word, char escape) {
        return of(word, Map.of(), escape);
    }
}
