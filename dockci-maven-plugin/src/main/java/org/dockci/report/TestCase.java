package org.dockci.report;

import java.util.Locale;

/**
 * One test of failsafe's XML reports.
 *
 * @param className the test class, {@code org.dockci.webdav.WebdavIT}
 * @param name      the test, {@code putThenGetReturnsTheFile()}
 * @param seconds   how long it ran
 * @param result    how it ended
 * @param message   the failure's or error's message; empty when it passed
 */
public record TestCase(String className, String name, double seconds, Result result, String message) {

    /** How a test ended. */
    public enum Result {
        PASSED, FAILED, ERROR, SKIPPED;

        /** Lower case, as the report shows it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The class's simple name. */
    public String simpleClassName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
