package org.dockci.dockerfile;

import java.util.Locale;

/**
 * Docker's "did you mean" hint: the option closest to a mistyped word, when fewer than three edits
 * away (BuildKit's {@code suggest} package).
 */
final class Suggestion {

    private static final int MAX_DISTANCE = 3;

    private Suggestion() {
    }

    /** {@code message} followed by {@code " (did you mean X?)"} when an option is close to {@code value}. */
    static String append(String message, String value, Iterable<String> options, boolean caseSensitive) {
        String match = closest(value, options, caseSensitive);
        return match == null ? message : message + " (did you mean " + match + "?)";
    }

    /** The option closest to {@code value}, or null when none is close or one is equal. */
    static String closest(String value, Iterable<String> options, boolean caseSensitive) {
        String wanted = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
        String match = null;
        int best = MAX_DISTANCE;
        for (String option : options) {
            String candidate = caseSensitive ? option : option.toLowerCase(Locale.ROOT);
            if (candidate.equals(wanted)) {
                return null;
            }
            // The distance is at least the difference in length: no need to compute it then.
            if (Math.abs(wanted.length() - candidate.length()) >= best) {
                continue;
            }
            int distance = distance(wanted, candidate);
            if (distance < best) {
                match = caseSensitive ? candidate : sameCase(candidate, value);
                best = distance;
            }
        }
        return match;
    }

    private static String sameCase(String option, String written) {
        if (!written.equals(GoStrings.lower(written)) && written.equals(GoStrings.upper(written))) {
            return option.toUpperCase(Locale.ROOT);
        }
        return option.toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance over code points, every edit costing one. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
