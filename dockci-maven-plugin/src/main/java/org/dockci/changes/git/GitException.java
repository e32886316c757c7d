package org.dockci.changes.git;

/** Git could not answer: no repository, no commit yet, or an unreadable object. The message says which. */
public final class GitException extends RuntimeException {

    /** An error whose message says what git could not answer and what to do. */
    public GitException(String message) {
        super(message);
    }

    /** The same, with the JGit error that caused it. */
    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
