package org.dockci.dockerfile;

/**
 * Go's {@code strconv} number and boolean parsing, whose exact grammar decides what Docker accepts in
 * flags and mount options (a sign is allowed, {@code 0x} is not, ranges are checked).
 */
final class GoNumbers {

    private GoNumbers() {
    }

    /** Go's {@code strconv.ParseBool}: null when {@code s} is none of 1, t, T, TRUE, true, True and their false twins. */
    static Boolean parseBool(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
            case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * Go's {@code strconv.ParseInt(s, base, bits)} for bases 8 and 10.
     *
     * @throws NumberFormatException with Go's message when {@code s} is not such a number
     */
    static long parseInt(String s, int base, int bits) {
        String function = "strconv.ParseInt";
        if (s.isEmpty()) {
            throw syntax(function, s);
        }
        boolean negative = s.charAt(0) == '-';
        String digits = s.charAt(0) == '+' || negative ? s.substring(1) : s;
        long magnitude = magnitude(function, s, digits, base);
        long largest = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        if (magnitude < 0 || magnitude > largest + (negative && bits < 64 ? 1 : 0)) {
            throw range(function, s);
        }
        return negative ? -magnitude : magnitude;
    }

    /**
     * Go's {@code strconv.ParseUint(s, base, bits)} for bases 8 and 10 and at most 32 bits.
     *
     * @throws NumberFormatException with Go's message when {@code s} is not such a number
     */
    static long parseUint(String s, int base, int bits) {
        String function = "strconv.ParseUint";
        if (s.isEmpty()) {
            throw syntax(function, s);
        }
        long magnitude = magnitude(function, s, s, base);
        if (magnitude < 0 || magnitude >= (1L << bits)) {
            throw range(function, s);
        }
        return magnitude;
    }

    /** The value of {@code digits} in {@code base}, or -1 when it does not fit a long. */
    private static long magnitude(String function, String s, String digits, int base) {
        if (digits.isEmpty()) {
            throw syntax(function, s);
        }
        long value = 0;
        boolean overflow = false;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit >= base) {
                throw syntax(function, s);
            }
            if (value > (Long.MAX_VALUE - digit) / base) {
                overflow = true;
            } else {
                value = value * base + digit;
            }
        }
        return overflow ? -1 : value;
    }

    private static NumberFormatException syntax(String function, String s) {
        return new NumberFormatException(function + ": parsing " + GoStrings.quote(s) + ": invalid syntax");
    }

    private static NumberFormatException range(String function, String s) {
        return new NumberFormatException(function + ": parsing " + GoStrings.quote(s) + ": value out of range");
    }

    /**
     * Go's {@code time.ParseDuration}, in nanoseconds.
     *
     * @throws IllegalArgumentException with Go's message when {@code s} is not a duration
     */
    static long parseDuration(String s) {
        String invalid = "time: invalid duration " + GoStrings.quote(s);
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (s.substring(i).equals("0")) {
            return 0;
        }
        if (i == s.length()) {
            throw new IllegalArgumentException(invalid);
        }
        double total = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                throw new IllegalArgumentException(invalid);
            }
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            boolean before = i > start;
            String whole = s.substring(start, i);
            String fraction = "";
            if (i < s.length() && s.charAt(i) == '.') {
                int fractionStart = ++i;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
                fraction = s.substring(fractionStart, i);
            }
            if (!before && fraction.isEmpty()) {
                throw new IllegalArgumentException(invalid);
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                i++;
            }
            if (unitStart == i) {
                throw new IllegalArgumentException("time: missing unit in duration " + GoStrings.quote(s));
            }
            String unit = s.substring(unitStart, i);
            long nanos = unitNanos(unit);
            if (nanos == 0) {
                throw new IllegalArgumentException("time: unknown unit " + GoStrings.quote(unit) + " in duration "
                        + GoStrings.quote(s));
            }
            double number = Double.parseDouble((whole.isEmpty() ? "0" : whole) + "." + (fraction.isEmpty() ? "0" : fraction));
            total += number * nanos;
            if (total > 0x1p63) {
                throw new IllegalArgumentException(invalid);
            }
        }
        return negative ? -(long) total : (long) total;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 0L;
        };
    }
}
