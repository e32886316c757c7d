package org.dockci.dockerfile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Docker makes of a word of ENV, LABEL, ARG, FROM, COPY...: quotes removed, escapes applied,
 * {@code $V}, {@code ${V}}, {@code ${V:-x}}, {@code ${V-x}}, {@code ${V:+x}}, {@code ${V+x}},
 * {@code ${V:?msg}}, {@code ${V?msg}}, {@code ${V#pattern}}, {@code ${V##pattern}}, {@code ${V%pattern}},
 * {@code ${V%%pattern}}, {@code ${V/pattern/replacement}} and {@code ${V//pattern/replacement}} expanded
 * from {@code variables} (an unset variable expands to nothing), as BuildKit's shell lexer does.
 */
public final class ShellWord {

    private ShellWord() {
    }

    /**
     * Processes {@code word} with the escape character {@code escape}.
     *
     * @throws IllegalArgumentException with Docker's message when the word is malformed ({@code ${A}),
     *         or when {@code ${V?msg}} meets an unset {@code V}
     */
    public static String process(String word, Map<String, String> variables, char escape) {
        return new ShellLexer(escape).processWord(word, variables);
    }

    /**
     * Processes {@code word} and splits the result into fields as EXPOSE does: unquoted blanks separate
     * them, quoted ones do not.
     *
     * @throws IllegalArgumentException as {@link #process}
     */
    public static List<String> split(String word, Map<String, String> variables, char escape) {
        return new ShellLexer(escape).processWords(word, variables);
    }

    /**
     * Docker's message when {@code word} cannot be processed whatever the variables hold (an unclosed
     * quote or brace, an unknown modifier, a bad pattern), or empty when it can.
     */
    public static Optional<String> syntaxError(String word, char escape) {
        return Optional.ofNullable(new ShellLexer(escape).syntaxOnly().syntaxError(word));
    }
}
