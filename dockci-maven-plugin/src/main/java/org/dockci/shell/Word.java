package org.dockci.shell;

/**
 * A word of a shell command: {@code text} as written in the script, {@code value} once quotes and
 * escapes are removed. Expansions ({@code $VAR}, {@code ${X:-y}}, {@code $(cmd)}, backticks) are not
 * evaluated: they stay in {@code value} as written.
 */
public record Word(String text, String value) {

    /** Whether the word was written without quotes or escapes, so a shell may read it as a keyword. */
    boolean plain() {
        return text.equals(value);
    }
}
