package org.dockci.dockerfile;

import java.util.Map;

/**
 * What Docker makes of a word of ENV, LABEL, ARG, FROM, COPY...: quotes removed, escapes applied,
 * {@code $V}, {@code ${V}}, {@code ${V:-x}}, {@code ${V-x}}, {@code ${V:+x}}, {@code ${V+x}} expanded
 * from {@code variables} (an unset variable expands to nothing), as BuildKit's shell lexer does.
 */
public final class ShellWord {

    private ShellWord() {
    }

    /** Processes {@code word} with the escape character {@code escape}. */
    public static String process(String word, Map<String, String> variables, char escape) {
        throw new UnsupportedOperationException("to be written with the parser");
    }
}
