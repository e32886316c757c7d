package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the exec form ({@code ["a", "b"]}) of an instruction as Docker does with Go's
 * {@code encoding/json}: whatever Go would not decode falls back to shell form, so this reader keeps
 * Go's exact grammar (no comments, no single quotes, no trailing commas, at most 10,000 levels, numbers
 * beyond a double's range refused) rather than a lenient library's.
 */
final class JsonArray {

    static final String NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only";

    private static final int MAX_DEPTH = 10_000;

    /** Thrown where Go's decoder gives up; cheap, the fallback to shell form is ordinary. */
    private static final class NotJson extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotJson() {
            super(null, null, false, false);
        }
    }

    private static final Object NOT_A_STRING = new Object();

    private final String text;
    private int index;
    private boolean outOfRange;

    private JsonArray(String text, int index) {
        this.text = text;
        this.index = index;
    }

    /**
     * The strings of {@code rest} when it is a JSON array of strings, or null when it is not JSON at all
     * (shell form).
     *
     * @throws Refusal when it is a JSON array holding something else than strings
     */
    static List<String> strings(String rest) {
        int start = GoStrings.skipSpace(rest, 0, rest.length());
        if (start == rest.length() || rest.charAt(start) != '[') {
            return null;
        }
        JsonArray reader = new JsonArray(rest, start);
        List<Object> elements;
        try {
            elements = reader.document();
        } catch (NotJson malformed) {
            return null;
        }
        if (reader.outOfRange) {
            return null;
        }
        List<String> strings = new ArrayList<>(elements.size());
        for (Object element : elements) {
            if (!(element instanceof String string)) {
                throw new Refusal(SyntaxErrorKind.JSON, NOT_STRINGS);
            }
            strings.add(string);
        }
        return strings;
    }

    private List<Object> document() {
        List<Object> elements = new ArrayList<>();
        index++;
        skipWhitespace();
        if (peek() == ']') {
            index++;
        } else {
            while (true) {
                skipWhitespace();
                elements.add(value(1));
                skipWhitespace();
                char c = take();
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw new NotJson();
                }
            }
        }
        skipWhitespace();
        if (index != text.length()) {
            throw new NotJson();
        }
        return elements;
    }

    private Object value(int depth) {
        char c = peek();
        switch (c) {
            case '"':
                return string();
            case '[':
            case '{':
                container(depth);
                return NOT_A_STRING;
            default:
                scalar();
                return NOT_A_STRING;
        }
    }

    private void scalar() {
        char c = peek();
        switch (c) {
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c != '-' && (c < '0' || c > '9')) {
                    throw new NotJson();
                }
                number();
            }
        }
    }

    /**
     * Checks the array or object at {@code index}, nested {@code depth} levels deep, without recursion:
     * Go allows 10,000 levels, more than a thread's stack holds frames for.
     */
    private void container(int depth) {
        StringBuilder open = new StringBuilder();
        while (true) {
            skipWhitespace();
            char c = peek();
            if (c == '[' || c == '{') {
                if (depth + open.length() + 1 > MAX_DEPTH) {
                    throw new NotJson();
                }
                open.append(c);
                index++;
                skipWhitespace();
                if (peek() == closing(c)) {
                    index++;
                    open.setLength(open.length() - 1);
                } else {
                    if (c == '{') {
                        key();
                    }
                    continue;
                }
            } else {
                scalar();
            }
            if (!closeValues(open)) {
                return;
            }
        }
    }

    /** After a value: consumes closing brackets; false once every container is closed. */
    private boolean closeValues(StringBuilder open) {
        while (open.length() > 0) {
            skipWhitespace();
            char top = open.charAt(open.length() - 1);
            char c = take();
            if (c == ',') {
                if (top == '{') {
                    skipWhitespace();
                    key();
                }
                return true;
            }
            if (c != closing(top)) {
                throw new NotJson();
            }
            open.setLength(open.length() - 1);
        }
        return false;
    }

    private void key() {
        if (peek() != '"') {
            throw new NotJson();
        }
        string();
        skipWhitespace();
        if (take() != ':') {
            throw new NotJson();
        }
    }

    private static char closing(char open) {
        return open == '[' ? ']' : '}';
    }

    private void literal(String word) {
        if (!text.startsWith(word, index)) {
            throw new NotJson();
        }
        index += word.length();
    }

    private void number() {
        int start = index;
        if (peek() == '-') {
            index++;
        }
        char c = take();
        if (c >= '1' && c <= '9') {
            skipDigits();
        } else if (c != '0') {
            throw new NotJson();
        }
        if (index < text.length() && text.charAt(index) == '.') {
            index++;
            requireDigits();
        }
        if (index < text.length() && (text.charAt(index) == 'e' || text.charAt(index) == 'E')) {
            index++;
            if (index < text.length() && (text.charAt(index) == '+' || text.charAt(index) == '-')) {
                index++;
            }
            requireDigits();
        }
        // Go decodes numbers into float64 and fails on overflow, which sends the line to shell form.
        if (Double.isInfinite(Double.parseDouble(text.substring(start, index)))) {
            outOfRange = true;
        }
    }

    private void requireDigits() {
        int start = index;
        skipDigits();
        if (index == start) {
            throw new NotJson();
        }
    }

    private void skipDigits() {
        while (index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9') {
            index++;
        }
    }

    private String string() {
        index++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = take();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new NotJson();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = take();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.appendCodePoint(unicodeEscape());
                default -> throw new NotJson();
            }
        }
    }

    /** A {@code \}{@code uXXXX} escape (the {@code u} read), joined with a following low surrogate as Go does. */
    private int unicodeEscape() {
        int unit = hex4();
        if (!Character.isSurrogate((char) unit)) {
            return unit;
        }
        if (Character.isHighSurrogate((char) unit) && text.startsWith("\\u", index) && index + 6 <= text.length()) {
            int saved = index;
            index += 2;
            int low = hex4();
            if (Character.isLowSurrogate((char) low)) {
                return Character.toCodePoint((char) unit, (char) low);
            }
            index = saved;
        }
        return 0xFFFD;
    }

    private int hex4() {
        int value = 0;
        for (int n = 0; n < 4; n++) {
            char c = take();
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'F') {
                digit = c - 'A' + 10;
            } else {
                throw new NotJson();
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private void skipWhitespace() {
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            index++;
        }
    }

    private char peek() {
        if (index >= text.length()) {
            throw new NotJson();
        }
        return text.charAt(index);
    }

    private char take() {
        char c = peek();
        index++;
        return c;
    }
}
