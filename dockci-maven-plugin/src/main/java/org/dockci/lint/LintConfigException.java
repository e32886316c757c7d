package org.dockci.lint;

/** A lint configuration the user must fix; the message names the file (or parameter) and what is wrong. */
public class LintConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}. */
    public LintConfigException(String message) {
        super(message);
    }
}
