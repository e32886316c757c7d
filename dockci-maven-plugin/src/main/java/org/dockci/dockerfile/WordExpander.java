package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's shell lexer: quotes, escapes and {@code $} substitutions of one word, with the switches
 * Docker sets in its different uses (raw quotes and escapes to find heredocs, unset variables left as
 * written, quotes left alone in heredoc bodies). A malformed word raises an
 * {@link IllegalArgumentException} carrying Docker's message. Not thread-safe: one lexer per use.
 */
final class WordExpander {

    private static final int EOF = -1;

    private final char escape;
    private boolean rawQuotes;
    private boolean rawEscapes;
    private boolean skipProcessQuotes;
    private boolean skipUnsetEnv;
    /** Checking syntax only: {@code ${V?message}} depends on the build's values, so it never fails. */
    private boolean syntaxOnly;

    private String source;
    private int position;
    private Map<String, String> variables;
    private boolean rawEscapesNow;
    /** Shared by nested word scans, as in BuildKit, where an inner {@code ${...}} resets the outer word. */
    private final StringBuilder wordsBuffer = new StringBuilder();

    WordExpander(char escape) {
        this.escape = escape;
    }

    /** Keeps quote characters in the result. */
    WordExpander rawQuotes() {
        rawQuotes = true;
        return this;
    }

    /** Keeps escape characters in the result. */
    WordExpander rawEscapes() {
        rawEscapes = true;
        return this;
    }

    /** Treats quotes as ordinary characters. */
    WordExpander skipProcessQuotes() {
        skipProcessQuotes = true;
        return this;
    }

    /** Leaves references to unset variables as written. */
    WordExpander skipUnsetEnv() {
        skipUnsetEnv = true;
        return this;
    }

    /** Only checks the syntax: {@code ${V?message}} never fails. */
    WordExpander syntaxOnly() {
        syntaxOnly = true;
        return this;
    }

    /** The word with quotes, escapes and substitutions processed. */
    String processWord(String word, Map<String, String> env) {
        return run(word, env).text();
    }

    /** The word processed and split into fields as a shell would, quoted blanks kept. */
    List<String> processWords(String word, Map<String, String> env) {
        return run(word, env).words();
    }

    /** The Docker message of what is wrong with {@code word}, or null when it is well formed. */
    String syntaxError(String word) {
        try {
            run(word, Map.of());
            return null;
        } catch (IllegalArgumentException malformed) {
            return malformed.getMessage();
        }
    }

    private Scanned run(String word, Map<String, String> env) {
        source = word;
        position = 0;
        variables = env;
        rawEscapesNow = rawEscapes;
        try {
            return processStopOn(EOF, rawEscapes);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("failed to process " + GoStrings.quote(word) + ": "
                    + malformed.getMessage());
        }
    }

    private record Scanned(String text, List<String> words) {
    }

    private int peek() {
        return position < source.length() ? source.codePointAt(position) : EOF;
    }

    private int next() {
        if (position >= source.length()) {
            return EOF;
        }
        int c = source.codePointAt(position);
        position += Character.charCount(c);
        return c;
    }

    private Scanned processStopOn(int stopChar, boolean rawEscapesHere) {
        StringBuilder result = new StringBuilder();
        wordsBuffer.setLength(0);
        Words words = new Words(wordsBuffer);
        boolean saved = rawEscapesNow;
        rawEscapesNow = rawEscapesHere;
        try {
            while (peek() != EOF) {
                int c = peek();
                if (stopChar != EOF && c == stopChar) {
                    next();
                    return new Scanned(result.toString(), words.finish());
                }
                if (c == '$') {
                    String value = processDollar();
                    result.append(value);
                    words.addString(value);
                } else if (c == '<') {
                    String value = processPossibleHeredoc();
                    result.append(value);
                    words.addRaw(value);
                } else if (c == '\'' && !skipProcessQuotes) {
                    String value = processSingleQuote();
                    result.append(value);
                    words.addRaw(value);
                } else if (c == '"' && !skipProcessQuotes) {
                    String value = processDoubleQuote();
                    result.append(value);
                    words.addRaw(value);
                } else {
                    c = next();
                    if (c == escape) {
                        if (rawEscapesNow) {
                            words.addRawChar(c);
                            result.appendCodePoint(c);
                        }
                        c = next();
                        if (c == EOF) {
                            break;
                        }
                        words.addRawChar(c);
                    } else {
                        words.addChar(c);
                    }
                    result.appendCodePoint(c);
                }
            }
            if (stopChar != EOF) {
                throw new IllegalArgumentException("unexpected end of statement while looking for matching "
                        + GoStrings.ofRune(stopChar));
            }
            return new Scanned(result.toString(), words.finish());
        } finally {
            rawEscapesNow = saved;
        }
    }

    private String processSingleQuote() {
        StringBuilder result = new StringBuilder();
        int c = next();
        if (rawQuotes) {
            result.appendCodePoint(c);
        }
        while (true) {
            c = next();
            if (c == EOF) {
                throw new IllegalArgumentException("unexpected end of statement while looking for matching single-quote");
            }
            if (c == '\'') {
                if (rawQuotes) {
                    result.appendCodePoint(c);
                }
                return result.toString();
            }
            result.appendCodePoint(c);
        }
    }

    private String processDoubleQuote() {
        StringBuilder result = new StringBuilder();
        int c = next();
        if (rawQuotes) {
            result.appendCodePoint(c);
        }
        while (true) {
            int ahead = peek();
            if (ahead == EOF) {
                throw new IllegalArgumentException("unexpected end of statement while looking for matching double-quote");
            }
            if (ahead == '"') {
                next();
                if (rawQuotes) {
                    result.append('"');
                }
                return result.toString();
            }
            if (ahead == '$') {
                result.append(processDollar());
                continue;
            }
            c = next();
            if (c == escape) {
                if (rawEscapesNow) {
                    result.appendCodePoint(c);
                }
                int escaped = peek();
                if (escaped == EOF) {
                    continue;
                }
                if (escaped == '"' || escaped == '$' || escaped == escape) {
                    c = next();
                }
            }
            result.appendCodePoint(c);
        }
    }

    private String processDollar() {
        next();
        if (peek() != '{') {
            String name = processName();
            if (name.isEmpty()) {
                return "$";
            }
            String value = variable(name);
            if (value == null && skipUnsetEnv) {
                return "$" + name;
            }
            return value == null ? "" : value;
        }
        next();
        int first = peek();
        if (first == EOF) {
            throw new IllegalArgumentException("syntax error: missing '}'");
        }
        if (first == '{' || first == '}' || first == ':') {
            throw new IllegalArgumentException("syntax error: bad substitution");
        }
        String name = processName();
        int c = next();
        switch (c) {
            case '}': {
                String value = variable(name);
                if (value == null && skipUnsetEnv) {
                    return "${" + name + "}";
                }
                return value == null ? "" : value;
            }
            case ':':
            case '+':
            case '-':
            case '?':
            case '#':
            case '%':
                return processModifier(name, c);
            case '/':
                return processReplacement(name);
            default:
                throw unsupportedModifier(GoStrings.ofRune(c));
        }
    }

    private String processModifier(String name, int first) {
        int c = first;
        String modifier = GoStrings.ofRune(c);
        boolean nullIsUnset = false;
        if (c == ':') {
            nullIsUnset = true;
            c = next();
            modifier += GoStrings.ofRune(c);
        }
        boolean rawPattern = c == '#' || c == '%';
        if (nullIsUnset && rawPattern) {
            throw unsupportedModifier(modifier);
        }
        String word = scanUntil('}', rawPattern, "syntax error: missing '}'");
        String value = variable(name);
        boolean set = value != null;
        if (skipUnsetEnv && !set) {
            return "${" + name + modifier + word + "}";
        }
        boolean empty = !set || (nullIsUnset && value.isEmpty());
        switch (c) {
            case '-':
                return empty ? word : value;
            case '+':
                return empty ? "" : word;
            case '?':
                if (syntaxOnly) {
                    return set ? value : "";
                }
                if (!set) {
                    throw new IllegalArgumentException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                }
                if (nullIsUnset && value.isEmpty()) {
                    throw new IllegalArgumentException(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                }
                return value;
            case '%':
            case '#': {
                boolean greedy = !word.isEmpty() && word.charAt(0) == c;
                String pattern = greedy ? word.substring(1) : word;
                String subject = set ? value : "";
                return c == '%' ? trimSuffix(pattern, subject, greedy) : trimPrefix(pattern, subject, greedy);
            }
            default:
                throw unsupportedModifier(modifier);
        }
    }

    private String processReplacement(String name) {
        boolean replaceAll = peek() == '/';
        if (replaceAll) {
            next();
        }
        String pattern = scanUntil('/', true, "syntax error: missing '/' in ${}");
        String replacement = scanUntil('}', true, "syntax error: missing '}'");
        String value = variable(name);
        if (skipUnsetEnv && value == null) {
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }
        Pattern regex = shellPattern(pattern, true, false);
        String subject = value == null ? "" : value;
        Matcher matcher = regex.matcher(subject);
        if (!replaceAll) {
            return matcher.find() ? subject.substring(0, matcher.start()) + replacement + subject.substring(matcher.end())
                    : subject;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        int previousEnd = -1;
        while (matcher.find()) {
            // Go drops an empty match that touches the previous one; Java keeps it.
            if (matcher.start() == matcher.end() && matcher.start() == previousEnd) {
                continue;
            }
            out.append(subject, last, matcher.start()).append(expandTemplate(replacement, matcher.group()));
            last = matcher.end();
            previousEnd = last;
        }
        return out.append(subject, last, subject.length()).toString();
    }

    /**
     * Go's {@code Regexp.Expand} for a pattern without groups: {@code $$} is a dollar, {@code $0} or
     * <code>${0}</code> the match, any other name nothing, and a malformed reference stays as written.
     */
    private static String expandTemplate(String template, String match) {
        if (template.indexOf('$') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        int length = template.length();
        int i = 0;
        while (true) {
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                break;
            }
            out.append(template, i, dollar);
            i = dollar + 1;
            if (i < length && template.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            boolean brace = i < length && template.charAt(i) == '{';
            int nameStart = brace ? i + 1 : i;
            int nameEnd = nameStart;
            while (nameEnd < length) {
                int c = template.codePointAt(nameEnd);
                if (!Character.isLetter(c) && !Character.isDigit(c) && c != '_') {
                    break;
                }
                nameEnd += Character.charCount(c);
            }
            if (nameEnd == nameStart || (brace && (nameEnd >= length || template.charAt(nameEnd) != '}'))) {
                out.append('$');
                continue;
            }
            if (template.substring(nameStart, nameEnd).equals("0")) {
                out.append(match);
            }
            i = brace ? nameEnd + 1 : nameEnd;
        }
        return out.append(template, i, length).toString();
    }


    /** Scans up to {@code stop}; an error at the end of the input becomes {@code missing}. */
    private String scanUntil(int stop, boolean rawEscapesHere, String missing) {
        try {
            return processStopOn(stop, rawEscapesHere).text();
        } catch (IllegalArgumentException malformed) {
            if (peek() == EOF) {
                throw new IllegalArgumentException(missing);
            }
            throw malformed;
        }
    }

    private static IllegalArgumentException unsupportedModifier(String modifier) {
        return new IllegalArgumentException("unsupported modifier (" + modifier + ") in substitution");
    }

    private String processName() {
        StringBuilder name = new StringBuilder();
        while (peek() != EOF) {
            int c = peek();
            if (name.length() == 0 && Character.isDigit(c)) {
                while (peek() != EOF && Character.isDigit(peek())) {
                    name.appendCodePoint(next());
                }
                return name.toString();
            }
            if (name.length() == 0 && isSpecialParameter(c)) {
                next();
                return GoStrings.ofRune(c);
            }
            if (!Character.isLetter(c) && !Character.isDigit(c) && c != '_') {
                break;
            }
            name.appendCodePoint(next());
        }
        return name.toString();
    }

    private static boolean isSpecialParameter(int c) {
        return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!' || c == '0';
    }

    private String processPossibleHeredoc() {
        next();
        if (peek() != '<') {
            return "<";
        }
        next();
        StringBuilder marker = new StringBuilder("<<");
        while (peek() == '\t' || peek() == '\r' || peek() == ' ') {
            marker.appendCodePoint(next());
        }
        return marker.toString();
    }

    private String variable(String name) {
        return variables.get(name);
    }

    private static String trimPrefix(String pattern, String value, boolean greedy) {
        Matcher matcher = shellPattern(pattern, greedy, true).matcher(value);
        return matcher.find() ? value.substring(matcher.end()) : value;
    }

    private static String trimSuffix(String pattern, String value, boolean greedy) {
        String reversed = trimPrefix(reversePattern(pattern), new StringBuilder(value).reverse().toString(), greedy);
        return new StringBuilder(reversed).reverse().toString();
    }

    /** Reverses a pattern, keeping each backslash before the character it escapes. */
    private static String reversePattern(String pattern) {
        int[] chars = pattern.codePoints().toArray();
        int[] out = new int[chars.length];
        int last = chars.length - 1;
        for (int i = 0; i <= last; ) {
            int outIndex = last - i;
            if (chars[i] == '\\' && i != last) {
                out[outIndex - 1] = chars[i];
                out[outIndex] = chars[i + 1];
                i += 2;
            } else {
                out[outIndex] = chars[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    /**
     * The regular expression of a shell pattern ({@code ?} one character, {@code *} any run); a backslash
     * may only escape {@code *}, {@code ?}, itself, {@code /} and <code>}</code>.
     */
    private static Pattern shellPattern(String pattern, boolean greedy, boolean anchored) {
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        if (anchored) {
            out.append('^');
        }
        String star = greedy ? ".*" : ".*?";
        int i = 0;
        while (i < pattern.length()) {
            int c = pattern.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '*':
                    out.append(star);
                    continue;
                case '?':
                    out.append('.');
                    continue;
                case '\\': {
                    int after = i < pattern.length() ? pattern.codePointAt(i) : EOF;
                    if (after == '}' || after == '/') {
                        continue;
                    }
                    if (after != '*' && after != '?' && after != '\\') {
                        throw new IllegalArgumentException("invalid pattern (" + pattern + ") in substitution: invalid escape '\\"
                                + GoStrings.ofRune(after) + "'");
                    }
                    out.append('\\').appendCodePoint(after);
                    i += Character.charCount(after);
                    continue;
                }
                case '[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$':
                    out.append('\\');
                    break;
                default:
                    break;
            }
            out.appendCodePoint(c);
        }
        return Pattern.compile(out.toString(), Pattern.UNIX_LINES);
    }

    /** Splits processed text into fields: unquoted spaces separate, quoted text is kept whole. */
    private static final class Words {
        private final StringBuilder buffer;
        private final List<String> words = new ArrayList<>();
        private boolean inWord;

        Words(StringBuilder buffer) {
            this.buffer = buffer;
        }

        void addChar(int c) {
            if (GoStrings.isSpace(c)) {
                if (inWord && buffer.length() != 0) {
                    words.add(buffer.toString());
                    buffer.setLength(0);
                    inWord = false;
                }
            } else {
                addRawChar(c);
            }
        }

        void addRawChar(int c) {
            buffer.appendCodePoint(c);
            inWord = true;
        }

        void addString(String text) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                addChar(c);
                i += Character.charCount(c);
            }
        }

        void addRaw(String text) {
            buffer.append(text);
            inWord = true;
        }

        List<String> finish() {
            if (buffer.length() > 0) {
                words.add(buffer.toString());
                buffer.setLength(0);
                inWord = false;
            }
            return words;
        }
    }
}
