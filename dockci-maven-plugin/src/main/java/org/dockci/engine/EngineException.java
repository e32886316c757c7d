package org.dockci.engine;

/** The engine could not be asked, or refused: the message names what was run and what it answered. */
public final class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
