package org.dockci.shell;

/**
 * What {@link ScriptTokenizer} reads: a word, an operator ({@code &&}, {@code |}, {@code ;;}, {@code (},
 * a newline...), a redirection operator ({@code >}, {@code 2>&}, {@code <<-}...) or the end. A word's
 * {@code start} is its offset in the script's text (-1 for the other tokens).
 */
record Token(Kind kind, String operator, Word word, int start) {

    enum Kind { WORD, OPERATOR, REDIRECTION, END }

    static final Token END = new Token(Kind.END, "", null, -1);

    static Token word(Word word, int start) {
        return new Token(Kind.WORD, "", word, start);
    }

    static Token operator(String operator) {
        return new Token(Kind.OPERATOR, operator, null, -1);
    }

    static Token redirection(String operator) {
        return new Token(Kind.REDIRECTION, operator, null, -1);
    }

    boolean isOperator(String expected) {
        return kind == Kind.OPERATOR && operator.equals(expected);
    }

    /** Whether this is the unquoted word {@code expected}, which the shell may read as a keyword. */
    boolean isPlainWord(String expected) {
        return kind == Kind.WORD && word.plain() && word.value().equals(expected);
    }
}
