package org.dockci.registry;

/** The registry did not answer as it should: unreachable, refused, or deletes disabled. The message says which and what to do. */
public final class RegistryException extends RuntimeException {

    /** An error whose message names the registry and the request. */
    public RegistryException(String message) {
        super(message);
    }

    /** The same, with the I/O error that caused it. */
    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
