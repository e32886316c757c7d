package org.dockci.lint.shellcheck;

import java.util.Locale;

/**
 * Whether ShellCheck runs on the RUN scripts ({@code dockci.lint.shellcheck}): {@link #AUTO} when a
 * {@code shellcheck} program is on the PATH, skipping with a note otherwise; {@link #OFF} never;
 * {@link #REQUIRED} always, a missing program failing the lint.
 */
public enum ShellCheckMode {
    AUTO, OFF, REQUIRED;

    /** The mode named {@code name} in any case; blank or null is {@link #AUTO}, the default. */
    public static ShellCheckMode parse(String name) {
        if (name == null || name.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("dockci.lint.shellcheck is '" + name.trim()
                    + "': use auto (run ShellCheck when it is installed), off or required");
        }
    }
}
