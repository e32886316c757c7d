package org.dockci.structure;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions as container-structure-test applies them (Go's {@code regexp.MatchString}): found anywhere
 * in the text, {@code .} not matching a newline, {@code ^}/{@code $} at the text's ends unless {@code (?m)}.
 * Java's syntax is close to Go's RE2 for what these files hold; a pattern neither can read fails its check.
 */
final class Patterns {

    private Patterns() {
    }

    /** Whether {@code regex} is found in {@code text}; false when it is not a valid expression. */
    static boolean find(String regex, String text) {
        try {
            return Pattern.compile(regex).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** Why {@code regex} is not a valid expression, if it is not. */
    static java.util.Optional<String> invalid(String regex) {
        try {
            Pattern.compile(regex);
            return java.util.Optional.empty();
        } catch (PatternSyntaxException e) {
            return java.util.Optional.of(e.getDescription());
        }
    }
}
