package org.dockci.changes;

import java.util.Locale;

/** How modules are chosen for building: by what changed, all of them, or none. */
public enum ChangeMode {
    /** Build the modules that changed since their last release (the default). */
    AUTO,
    /** Build every module, changed or not. */
    ALL,
    /** Build no module. */
    NONE;

    /** The mode named {@code auto}, {@code all} or {@code none}, in any case. */
    public static ChangeMode parse(String name) {
        for (ChangeMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("change mode '" + name + "' is not one of auto, all, none");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
