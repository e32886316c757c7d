package org.dockci.refresh;

/** A released image could not be checked (its registry or its package repositories do not answer): nothing may be concluded. */
public final class RefreshException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefreshException(String message) {
        super(message);
    }
}
