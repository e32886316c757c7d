package org.dockci.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a label of the {@code label-schema} in {@code .hadolint.yaml} must hold, by hadolint's names:
 * {@code label-schema: {org.opencontainers.image.source: url, org.opencontainers.image.licenses: spdx}}.
 * Every label of the schema must be present (DL3049) and not empty (DL3051); the types but
 * {@code text} also judge the value (DL3052–DL3056, DL3058).
 */
public enum LabelType {
    /** An e-mail address (DL3058). */
    EMAIL("email"),
    /** A git commit hash, short (7) or full (40) (DL3055). */
    HASH("hash"),
    /** Any text that is not empty. */
    TEXT("text"),
    /** A time stamp such as {@code 2024-03-10T10:26:33Z} (DL3053). */
    RFC3339("rfc3339"),
    /** A semantic version such as {@code 1.4.2} (DL3056). */
    SEMVER("semver"),
    /** An SPDX license identifier such as {@code Apache-2.0} (DL3054). */
    SPDX("spdx"),
    /** An absolute URL (DL3052). */
    URL("url");

    private final String label;

    LabelType(String label) {
        this.label = label;
    }

    /** The type named {@code name} as hadolint names it, in any case; an empty name is {@code text}, as in hadolint. */
    public static LabelType parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return TEXT;
        }
        for (LabelType type : values()) {
            if (type.label.equals(wanted)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown label type '" + name + "': use " + names());
    }

    /** The names of the types, as the configuration file writes them. */
    public static String names() {
        return Arrays.stream(values()).map(LabelType::label).collect(Collectors.joining(", "));
    }

    /** The type as hadolint names it. */
    public String label() {
        return label;
    }
}
