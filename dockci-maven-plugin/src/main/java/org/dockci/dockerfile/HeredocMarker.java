package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A heredoc introduction ({@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"}, {@code 3<<EOF}) as Docker
 * recognises it: the delimiter with its quotes removed, whether the body is expanded (no part of the
 * delimiter quoted) and whether leading tabs are removed ({@code <<-}).
 */
record HeredocMarker(String name, boolean expand, boolean chomp) {

    /**
     * The heredocs a logical line introduces, in order. Docker reads the line with the shell lexer
     * (quotes and escapes kept); a line it cannot read introduces none.
     *
     * @throws Refusal when a delimiter word cannot be read
     */
    static List<HeredocMarker> inLine(String line) {
        List<String> words;
        try {
            words = new WordExpander('\\').rawQuotes().rawEscapes().skipUnsetEnv().processWords(line, Map.of());
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
        List<HeredocMarker> markers = new ArrayList<>(1);
        for (String word : words) {
            HeredocMarker marker = parse(word);
            if (marker != null) {
                markers.add(marker);
            }
        }
        return markers;
    }

    /** The heredoc {@code word} introduces, or null when it introduces none or cannot be read. */
    static HeredocMarker ofWord(String word) {
        try {
            return parse(word);
        } catch (Refusal unreadable) {
            return null;
        }
    }

    /**
     * The heredoc {@code word} introduces ({@code ^(\d*)<<(-?)\s*([^<]*)$}), or null.
     *
     * @throws Refusal when the delimiter cannot be read
     */
    static HeredocMarker parse(String word) {
        int i = 0;
        while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
            i++;
        }
        if (!word.startsWith("<<", i)) {
            return null;
        }
        i += 2;
        boolean chomp = i < word.length() && word.charAt(i) == '-';
        if (chomp) {
            i++;
        }
        while (i < word.length() && isRegexSpace(word.charAt(i))) {
            i++;
        }
        String rest = word.substring(i);
        if (rest.isEmpty() || rest.indexOf('<') >= 0) {
            return null;
        }
        List<String> plain;
        List<String> raw;
        try {
            plain = new WordExpander('\\').skipUnsetEnv().processWords(rest, Map.of());
            if (plain.size() != 1) {
                return null;
            }
            raw = new WordExpander('\\').skipUnsetEnv().rawQuotes().processWords(rest, Map.of());
        } catch (IllegalArgumentException unreadable) {
            throw new Refusal(SyntaxErrorKind.HEREDOC, unreadable.getMessage());
        }
        if (raw.size() != plain.size()) {
            throw new Refusal(SyntaxErrorKind.HEREDOC,
                    "internal lexing of heredoc produced inconsistent results: " + rest);
        }
        String name = plain.get(0);
        return new HeredocMarker(name, quotes(name) == quotes(raw.get(0)), chomp);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static int quotes(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\'' || c == '"') {
                count++;
            }
        }
        return count;
    }
}
