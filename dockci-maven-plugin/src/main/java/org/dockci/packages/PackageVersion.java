package org.dockci.packages;

import java.util.Comparator;

/**
 * Orders package versions as dpkg does ({@code [epoch:]upstream[-revision]}, where {@code ~} sorts before
 * anything, even the end: {@code 1.0~rc1 < 1.0 < 1.0a < 1.0.1}). rpm and apk versions are close enough to
 * be ordered the same way for a diff's "upgraded" or "downgraded".
 */
public final class PackageVersion {

    /** dpkg's order of versions. */
    public static final Comparator<String> ORDER = PackageVersion::compare;

    private PackageVersion() {
    }

    /** Negative, zero or positive as {@code left} is older than, the same as or newer than {@code right}. */
    public static int compare(String left, String right) {
        int epochs = Long.compare(epoch(left), epoch(right));
        if (epochs != 0) {
            return epochs;
        }
        String leftRest = withoutEpoch(left);
        String rightRest = withoutEpoch(right);
        int upstream = compareFragment(upstream(leftRest), upstream(rightRest));
        return upstream != 0 ? upstream : compareFragment(revision(leftRest), revision(rightRest));
    }

    private static long epoch(String version) {
        int colon = version.indexOf(':');
        if (colon <= 0) {
            return 0;
        }
        try {
            return Long.parseLong(version.substring(0, colon));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String withoutEpoch(String version) {
        return version.substring(version.indexOf(':') + 1);
    }

    private static String upstream(String version) {
        int dash = version.lastIndexOf('-');
        return dash < 0 ? version : version.substring(0, dash);
    }

    private static String revision(String version) {
        int dash = version.lastIndexOf('-');
        return dash < 0 ? "" : version.substring(dash + 1);
    }

    /** dpkg's verrevcmp: non-digit runs compared character by character, then digit runs as numbers. */
    private static int compareFragment(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() || j < right.length()) {
            while ((i < left.length() && !isDigit(left.charAt(i))) || (j < right.length() && !isDigit(right.charAt(j)))) {
                int leftOrder = order(left, i);
                int rightOrder = order(right, j);
                if (leftOrder != rightOrder) {
                    return leftOrder - rightOrder;
                }
                i++;
                j++;
            }
            while (i < left.length() && left.charAt(i) == '0') {
                i++;
            }
            while (j < right.length() && right.charAt(j) == '0') {
                j++;
            }
            int firstDifference = 0;
            while (i < left.length() && isDigit(left.charAt(i)) && j < right.length() && isDigit(right.charAt(j))) {
                if (firstDifference == 0) {
                    firstDifference = left.charAt(i) - right.charAt(j);
                }
                i++;
                j++;
            }
            if (i < left.length() && isDigit(left.charAt(i))) {
                return 1;
            }
            if (j < right.length() && isDigit(right.charAt(j))) {
                return -1;
            }
            if (firstDifference != 0) {
                return firstDifference;
            }
        }
        return 0;
    }

    /** The weight of one character: {@code ~} lowest, then the end (and digits), letters, other characters. */
    private static int order(String text, int index) {
        if (index >= text.length()) {
            return 0;
        }
        char c = text.charAt(index);
        if (isDigit(c)) {
            return 0;
        }
        if (Character.isLetter(c)) {
            return c;
        }
        return c == '~' ? -1 : c + 256;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
