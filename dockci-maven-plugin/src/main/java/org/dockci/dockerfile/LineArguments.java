package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * How Docker's parser cuts the arguments of an instruction before anything is expanded: into words
 * that keep their quotes and escapes (ENV, LABEL, ARG), at blanks (FROM, EXPOSE, COPY), or into
 * {@code key=value} pairs.
 */
final class LineArguments {

    private LineArguments() {
    }

    /** One {@code key=value} of ENV or LABEL (or {@code key value}, the legacy way). */
    record Pair(String key, String value) {
    }

    /**
     * The words of {@code rest}, split at unquoted spaces; quotes and escape characters stay in the
     * words, for the shell lexer to process later.
     */
    static List<String> words(String rest, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean inQuote = false;
        boolean blankOk = false;
        int quote = 0;
        int length = rest.length();
        int i = 0;
        while (i < length) {
            int c = rest.codePointAt(i);
            int width = Character.charCount(c);
            if (!inWord && !inQuote) {
                if (GoStrings.isSpace(c)) {
                    i += width;
                    continue;
                }
                inWord = true;
            }
            if (inWord) {
                if (GoStrings.isSpace(c)) {
                    inWord = false;
                    if (blankOk || word.length() > 0) {
                        words.add(word.toString());
                    }
                    word.setLength(0);
                    blankOk = false;
                    i += width;
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    blankOk = true;
                    inWord = false;
                    inQuote = true;
                }
                if (c == escape) {
                    if (i + width == length) {
                        i += width;
                        continue;
                    }
                    // An escaped character, a quote included, stays with its escape for later.
                    word.appendCodePoint(c);
                    i += width;
                    c = rest.codePointAt(i);
                    width = Character.charCount(c);
                }
                word.appendCodePoint(c);
                i += width;
                continue;
            }
            if (c == quote) {
                inQuote = false;
                inWord = true;
            }
            if (c == escape && quote != '\'') {
                if (i + width == length) {
                    inQuote = false;
                    inWord = true;
                    i += width;
                    continue;
                }
                word.appendCodePoint(c);
                i += width;
                c = rest.codePointAt(i);
                width = Character.charCount(c);
            }
            word.appendCodePoint(c);
            i += width;
        }
        if ((inWord || inQuote) && (blankOk || word.length() > 0)) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code rest} cut at runs of {@code [\t\v\f\r ]}; none for an empty text. */
    static List<String> blankSeparated(String rest) {
        List<String> parts = new ArrayList<>();
        if (rest.isEmpty()) {
            return parts;
        }
        int start = 0;
        int i = 0;
        while (i < rest.length()) {
            if (GoStrings.isBlank(rest.charAt(i))) {
                parts.add(rest.substring(start, i));
                while (i < rest.length() && GoStrings.isBlank(rest.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        parts.add(rest.substring(start));
        return parts;
    }

    /**
     * The pairs of ENV or LABEL ({@code keyword}): {@code k=v ...}, or the legacy {@code k v} when the
     * first word has no {@code =}. Empty when there are no arguments.
     *
     * @throws Refusal when a pair has no {@code =}, or the legacy form has no value
     */
    static List<Pair> pairs(String rest, String keyword, char escape) {
        List<String> words = words(rest, escape);
        List<Pair> pairs = new ArrayList<>();
        if (words.isEmpty()) {
            return pairs;
        }
        if (words.get(0).indexOf('=') < 0) {
            int end = 0;
            while (end < rest.length() && !GoStrings.isBlank(rest.charAt(end))) {
                end++;
            }
            if (end == rest.length()) {
                throw new Refusal(SyntaxErrorKind.KEY_VALUE, keyword + " must have two arguments");
            }
            int value = end;
            while (value < rest.length() && GoStrings.isBlank(rest.charAt(value))) {
                value++;
            }
            pairs.add(new Pair(rest.substring(0, end), rest.substring(value)));
            return pairs;
        }
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals < 0) {
                throw new Refusal(SyntaxErrorKind.KEY_VALUE, "Syntax error - can't find = in " + GoStrings.quote(word)
                        + ". Must be of the form: name=value");
            }
            pairs.add(new Pair(word.substring(0, equals), word.substring(equals + 1)));
        }
        return pairs;
    }
}
