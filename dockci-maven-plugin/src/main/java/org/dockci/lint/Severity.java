package org.dockci.lint;

import java.util.Locale;

/**
 * How serious a finding is: hadolint's levels, most serious first. {@link #IGNORE} is hadolint's level
 * of a rule that is off: the {@link Linter} does not run a rule whose level is {@code IGNORE}, so no
 * finding ever has it. A rule whose default level is {@code IGNORE} (DL1001, DL3057) runs once the
 * configuration overrides its level.
 */
public enum Severity {
    ERROR, WARNING, INFO, STYLE, IGNORE;

    /** The level named {@code name} in any case ({@code error}, {@code warning}, … {@code ignore}). */
    public static Severity parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    "unknown severity '" + name + "': use error, warning, info, style or ignore");
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
