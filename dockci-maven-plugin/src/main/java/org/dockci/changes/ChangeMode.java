package org.dockci.changes;

import java.util.Locale;

/** How modules are chosen for building: by what changed, all of them, none, or by what changed or went stale. */
public enum ChangeMode {
    /** Build the modules that changed since their last release (the default). */
    AUTO,
    /** Build every module, changed or not. */
    ALL,
    /** Build no module. */
    NONE,
    /**
     * As {@code auto}, and also the modules whose released image has gone stale without a commit (pending
     * package updates, a replaced base image): the nightly security refresh. What is built, is built without
     * the build cache.
     */
    REFRESH;

    /** The mode named {@code auto}, {@code all}, {@code none} or {@code refresh}, in any case. */
    public static ChangeMode parse(String name) {
        for (ChangeMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name.trim())) {
                return mode;
            }
        }
        throw new DetectConfigurationException("change mode '" + name + "' is not one of auto, all, none, refresh");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
