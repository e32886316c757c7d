package org.dockci.changes;

import java.util.List;

/** Paths worded for a one-line message: a few listed, the rest counted. */
final class PathList {

    /** More paths than this are counted, not listed: the line stays readable. */
    private static final int LISTED_PATHS = 3;

    private PathList() {
    }

    /** {@code a, b, c}, or {@code a, b, c and 4 more}. */
    static String of(List<String> paths) {
        if (paths.size() <= LISTED_PATHS) {
            return String.join(", ", paths);
        }
        return String.join(", ", paths.subList(0, LISTED_PATHS)) + " and " + (paths.size() - LISTED_PATHS) + " more";
    }
}
