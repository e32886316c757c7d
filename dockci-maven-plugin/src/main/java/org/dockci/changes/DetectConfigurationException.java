package org.dockci.changes;

/**
 * Change detection was configured in a way it cannot work with (an unknown change mode, a refresh against a
 * baseline revision): the user must fix the configuration. Any other exception out of detection is a failure of
 * the build or a bug, never worded as the user's mistake.
 */
public final class DetectConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code message} names the setting and what to do. */
    public DetectConfigurationException(String message) {
        super(message);
    }
}
