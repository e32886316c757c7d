package org.dockci.changes.git;

/** Git could not answer: no repository, no commit yet, or an unreadable object. The message says which. */
public final class GitException extends RuntimeException {

    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
