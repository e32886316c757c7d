package org.dockci.lint.rules;

import java.util.Map;
import java.util.Optional;

import org.dockci.dockerfile.ShellWord;

/**
 * A word of FROM, LABEL, ENV… as Docker reads it, when the Dockerfile alone decides it: quotes and
 * escapes removed, variables expanded from the values known, and nothing when a variable whose value
 * only the build knows is in it.
 */
final class ExpandedWord {

    /** Stands for a value only the build knows, in a map of known values. */
    static final String UNKNOWN = ShellWord.UNKNOWN;

    private ExpandedWord() {
    }

    /**
     * {@code word} processed with {@code known} values (a value may be {@link #UNKNOWN}); empty when it
     * names a variable not in {@code known} or one whose value is unknown, or cannot be processed.
     */
    static Optional<String> of(String word, Map<String, String> known, char escape) {
        return ShellWord.expandKnown(word, known, escape);
    }

    /** {@code word} processed when it holds no variable, else empty. */
    static Optional<String> literal(String word, char escape) {
        return of(word, Map.of(), escape);
    }
}
