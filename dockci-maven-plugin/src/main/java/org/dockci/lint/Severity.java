package org.dockci.lint;

import java.util.Locale;

/** How serious a finding is: hadolint's levels, most serious first. */
public enum Severity {
    ERROR, WARNING, INFO, STYLE;

    /** The level named {@code name} in any case ({@code error}, {@code warning}, {@code info}, {@code style}). */
    public static Severity parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown severity '" + name + "': use error, warning, info or style");
        }
    }

    /** True when this level is {@code threshold} or more serious. */
    public boolean reaches(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** The level as hadolint writes it: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
