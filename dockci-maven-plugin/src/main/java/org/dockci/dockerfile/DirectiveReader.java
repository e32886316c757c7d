package org.dockci.dockerfile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the parser directives at the top of a Dockerfile ({@code # syntax=...}, {@code # escape=...},
 * {@code # check=...}) until the first line that is not one: any other line, a blank line, a comment,
 * or an unknown directive ends them.
 */
final class DirectiveReader {

    private boolean done;
    private char escape = '\\';
    private final Map<String, String> found = new LinkedHashMap<>();

    /** True once the directives are over. */
    boolean done() {
        return done;
    }

    /**
     * Looks at {@code line[from, to)}, a line with its leading spaces and newline removed. True when it
     * is a directive, which is then no comment.
     *
     * @throws Refusal when the directive is repeated or the escape character invalid
     */
    boolean offer(String line, int from, int to) {
        if (done) {
            return false;
        }
        if (from == to || line.charAt(from) != '#') {
            done = true;
            return false;
        }
        int i = GoStrings.skipSpace(line, from + 1, to);
        int nameStart = i;
        if (i == to || !isAsciiLetter(line.charAt(i))) {
            done = true;
            return false;
        }
        while (i < to && (isAsciiLetter(line.charAt(i)) || (line.charAt(i) >= '0' && line.charAt(i) <= '9'))) {
            i++;
        }
        String name = line.substring(nameStart, i).toLowerCase(Locale.ROOT);
        while (i < to && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i == to || line.charAt(i) != '=') {
            done = true;
            return false;
        }
        String value = value(line, i + 1, to);
        if (value == null || !(name.equals("syntax") || name.equals("escape") || name.equals("check"))) {
            done = true;
            return false;
        }
        if (found.containsKey(name)) {
            throw new Refusal(SyntaxErrorKind.DIRECTIVE, "only one " + name + " parser directive can be used");
        }
        found.put(name, value);
        if (name.equals("escape")) {
            if (!value.equals("`") && !value.equals("\\")) {
                throw new Refusal(SyntaxErrorKind.DIRECTIVE,
                        "invalid escape token '" + value + "' does not match ` or \\");
            }
            escape = value.charAt(0);
        }
        if (name.equals("check")) {
            checkOptions(value);
        }
        return true;
    }

    /**
     * Checks {@code # check=} as BuildKit's linter reads it before building: up to three
     * {@code skip=}, {@code experimental=} or {@code error=} options separated by semicolons, from the
     * first word of the value only.
     *
     * @throws Refusal when the linter would not start
     */
    private static void checkOptions(String value) {
        int space = value.indexOf(' ');
        String options = GoStrings.trimSpace(space < 0 ? value : value.substring(0, space));
        if (options.isEmpty()) {
            return;
        }
        for (String option : options.split(";", 3)) {
            int equals = option.indexOf('=');
            if (equals < 0) {
                throw refusedCheck("invalid check option " + GoStrings.quote(option));
            }
            String key = GoStrings.trimSpace(option.substring(0, equals));
            String setting = GoStrings.trimSpace(option.substring(equals + 1));
            switch (key) {
                case "skip", "experimental" -> {
                }
                case "error" -> {
                    if (GoNumbers.parseBool(setting) == null) {
                        throw refusedCheck("failed to parse check option " + GoStrings.quote(option)
                                + ": strconv.ParseBool: parsing " + GoStrings.quote(setting) + ": invalid syntax");
                    }
                }
                default -> throw refusedCheck("invalid check option " + GoStrings.quote(key));
            }
        }
    }

    private static Refusal refusedCheck(String message) {
        return new Refusal(SyntaxErrorKind.DIRECTIVE, "failed to parse check options: " + message);
    }

    /**
     * The value of {@code \s*(.+?)\s*$} after the equals sign, as Go's regular expression yields it: the
     * text between the spaces, or the last space when there is nothing else; null when empty.
     */
    private static String value(String line, int from, int to) {
        int start = from;
        while (start < to && isRegexSpace(line.charAt(start))) {
            start++;
        }
        if (start == to) {
            return start > from ? line.substring(to - 1, to) : null;
        }
        int end = to;
        while (isRegexSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** The escape character in use. */
    char escape() {
        return escape;
    }

    /** The directives found. */
    Directives directives() {
        if (found.isEmpty()) {
            return Directives.NONE;
        }
        return new Directives(escape, found.get("syntax"), Map.copyOf(found));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Go's {@code \s}: {@code [\t\n\f\r ]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
