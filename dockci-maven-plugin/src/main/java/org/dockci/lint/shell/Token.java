package org.dockci.lint.shell;

/**
 * What {@link ShellLexer} reads: a word, an operator ({@code &&}, {@code |}, {@code ;;}, {@code (},
 * a newline...), a redirection operator ({@code >}, {@code 2>&}, {@code <<-}...) or the end.
 */
record Token(Kind kind, String operator, Word word) {

    enum Kind { WORD, OPERATOR, REDIRECTION, END }

    static final Token END = new Token(Kind.END, "", null);

    static Token word(Word word) {
        return new Token(Kind.WORD, "", word);
    }

    static Token operator(String operator) {
        return new Token(Kind.OPERATOR, operator, null);
    }

    static Token redirection(String operator) {
        return new Token(Kind.REDIRECTION, operator, null);
    }

    boolean isOperator(String expected) {
        return kind == Kind.OPERATOR && operator.equals(expected);
    }

    /** Whether this is the unquoted word {@code expected}, which the shell may read as a keyword. */
    boolean isPlainWord(String expected) {
        return kind == Kind.WORD && word.plain() && word.value().equals(expected);
    }
}
