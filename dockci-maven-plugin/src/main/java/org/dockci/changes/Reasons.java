package org.dockci.changes;

import java.util.List;

/** The wording of the one-line reasons. */
final class Reasons {

    /** More paths than this are counted, not listed: the reason stays one readable line. */
    private static final int LISTED_PATHS = 3;

    private Reasons() {
    }

    /** {@code a, b, c}, or {@code a, b, c and 4 more}. */
    static String paths(List<String> paths) {
        if (paths.size() <= LISTED_PATHS) {
            return String.join(", ", paths);
        }
        return String.join(", ", paths.subList(0, LISTED_PATHS)) + " and " + (paths.size() - LISTED_PATHS) + " more";
    }
}
