package org.dockci.lint;

import java.util.Collection;
import java.util.Locale;

/** The least serious severity that fails the build; {@code NONE} never fails it. */
public enum FailureThreshold {
    ERROR, WARNING, INFO, STYLE, NONE;

    /** The threshold named {@code name} in any case; {@code ignore} is accepted as hadolint's other name for none. */
    public static FailureThreshold parse(String name) {
        String level = name.trim().toLowerCase(Locale.ROOT);
        if (level.equals("ignore")) {
            return NONE;
        }
        for (FailureThreshold threshold : values()) {
            if (threshold.label().equals(level)) {
                return threshold;
            }
        }
        throw new IllegalArgumentException(
                "unknown failure threshold '" + name + "': use error, warning, info, style or none");
    }

    /** True when a finding of {@code severity} fails the build. */
    public boolean failsOn(Severity severity) {
        return this != NONE && severity.reaches(Severity.valueOf(name()));
    }

    /** True when any of {@code findings} fails the build. */
    public boolean failsOn(Collection<Finding> findings) {
        return findings.stream().anyMatch(finding -> failsOn(finding.severity()));
    }

    /** The threshold as hadolint writes it: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
