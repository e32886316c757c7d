package org.dockci.dockerfile;

/**
 * The few character classes and string helpers of Go that Docker's parser relies on. Docker trims and
 * splits with Go's definitions, which are not Java's ({@link Character#isWhitespace} misses U+00A0,
 * {@link String#trim} only knows ASCII), so the parser must use these to accept what Docker accepts.
 */
final class GoStrings {

    private GoStrings() {
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < 0x100) {
            return c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** A character of Docker's {@code [\t\v\f\r ]}, the separator of whitespace-delimited arguments. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The index of the first character of {@code s[from, to)} that is not a Go space, or {@code to}. */
    static int skipSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of {@code s[from, to)} once trailing Go spaces are removed. */
    static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Go's {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int start = skipSpace(s, 0, s.length());
        return s.substring(start, trimEnd(s, start, s.length()));
    }

    /** True when {@code s} holds one of Go's {@code [0-9]} only, and at least one. */
    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Go's {@code strings.ToLower}: each code point mapped alone, as Unicode's simple case mapping does. */
    static String lower(String s) {
        return mapCase(s, false);
    }

    /** Go's {@code strings.ToUpper}: each code point mapped alone. */
    static String upper(String s) {
        return mapCase(s, true);
    }

    private static String mapCase(String s, boolean upper) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int mapped = upper ? Character.toUpperCase(c) : Character.toLowerCase(c);
            if (mapped != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(mapped);
            }
            i += Character.charCount(c);
        }
        return out == null ? s : out.toString();
    }

    /** Go's {@code string(rune)} of a scanner character: the end of input (-1) becomes U+FFFD. */
    static String ofRune(int c) {
        return c < 0 ? "\uFFFD" : new String(Character.toChars(c));
    }

    /** Go's {@code %q}: {@code s} in double quotes, with Go's escapes. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> appendPrintable(out, c);
            }
        }
        return out.append('"').toString();
    }

    private static void appendPrintable(StringBuilder out, int c) {
        if (c < 0x20 || c == 0x7F) {
            out.append(String.format("\\x%02x", c));
        } else if (Character.isISOControl(c) || !Character.isDefined(c) || Character.getType(c) == Character.FORMAT) {
            out.append(c > 0xFFFF ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
        } else {
            out.appendCodePoint(c);
        }
    }
}
