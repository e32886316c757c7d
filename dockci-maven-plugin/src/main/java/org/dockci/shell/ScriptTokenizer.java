package org.dockci.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts shell text into {@link Token}s in one pass: words with their quoting, operators,
 * redirections. Blanks, comments, line continuations and here-document bodies are skipped. The
 * commands inside {@code $(…)}, {@code <(…)} and backticks are handed to the {@link ShellParser}
 * as they are met, so they are found wherever they sit in a word. Unbalanced quotes or brackets
 * simply run to the end of the text.
 */
final class ScriptTokenizer {

    /** Longest first, so that {@code <<-} is not read as {@code <<} then {@code -}. */
    private static final List<String> REDIRECTIONS =
            List.of("&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">");

    private final String text;
    private final ShellParser parser;
    /** For the text of a backtick substitution: the offset in the script of each of its characters. */
    private final int[] scriptOffsets;
    private final List<HeredocStart> heredocsToSkip = new ArrayList<>();
    private int pos;
    private Token pushedBack;

    private record HeredocStart(String delimiter, boolean stripTabs) {
    }

    /** A lexer of the script {@code text}. */
    ScriptTokenizer(String text, ShellParser parser) {
        this(text, parser, null);
    }

    /** A lexer of {@code text}, whose character {@code i} is at {@code scriptOffsets[i]} in the script. */
    ScriptTokenizer(String text, ShellParser parser, int[] scriptOffsets) {
        this.text = text;
        this.parser = parser;
        this.scriptOffsets = scriptOffsets;
    }

    /** The offset in the script of the character at {@code at} of this lexer's text. */
    private int scriptOffset(int at) {
        if (scriptOffsets == null) {
            return at;
        }
        return at < scriptOffsets.length ? scriptOffsets[at] : scriptOffsets.length == 0 ? 0
                : scriptOffsets[scriptOffsets.length - 1] + 1;
    }

    /** Makes {@code token} the next one {@link #next()} returns. */
    void pushBack(Token token) {
        pushedBack = token;
    }

    /** The next token; {@link Token#END} once the text is used up. */
    Token next() {
        if (pushedBack != null) {
            Token token = pushedBack;
            pushedBack = null;
            return token;
        }
        skipBlanksAndComments();
        if (pos >= text.length()) {
            return Token.END;
        }
        char c = text.charAt(pos);
        if (c == '\n') {
            pos++;
            skipHeredocBodies();
            return Token.operator("\n");
        }
        if (isDigit(c)) {
            int afterDigits = pos;
            while (afterDigits < text.length() && isDigit(text.charAt(afterDigits))) {
                afterDigits++;
            }
            if (afterDigits < text.length() && isRedirectionStart(afterDigits)) {
                pos = afterDigits;
                return redirection();
            }
        }
        return switch (c) {
            case ';' -> operator(";;&", ";;", ";&", ";");
            case '|' -> operator("||", "|&", "|");
            case '&' -> text.startsWith("&>", pos) ? redirection() : operator("&&", "&");
            case '(' -> operator("(");
            case ')' -> operator(")");
            case '<', '>' -> isRedirectionStart(pos) ? redirection() : word();
            default -> word();
        };
    }

    /** Remembers a {@code <<} or {@code <<-} whose body starts after the next newline. */
    void expectHeredoc(Word delimiter, boolean stripTabs) {
        heredocsToSkip.add(new HeredocStart(delimiter.value(), stripTabs));
    }

    /** Whether the next characters are {@code (}: after a {@code (} token, that makes {@code ((}. */
    boolean atOpeningParenthesis() {
        return pos < text.length() && text.charAt(pos) == '(';
    }

    /** Skips an arithmetic command {@code ((…))} whose first parenthesis was just read. */
    void skipArithmetic() {
        pos = afterBalanced(pos - 1, '(', ')');
    }

    /** Skips the {@code )} of a function's {@code ()} whose {@code (} was just read; tells whether it was there. */
    boolean skipClosingParenthesis() {
        int at = pos;
        while (at < text.length() && isBlank(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == ')') {
            pos = at + 1;
            return true;
        }
        return false;
    }

    /** Skips up to the {@code )} that closes the substitution being read, without parsing it. */
    void skipToClosingParenthesis() {
        pos = afterBalanced(pos - 1, '(', ')');
    }

    private Token operator(String... candidates) {
        for (String candidate : candidates) {
            if (text.startsWith(candidate, pos)) {
                pos += candidate.length();
                return Token.operator(candidate);
            }
        }
        throw new IllegalStateException("no operator at " + pos);
    }

    private boolean isRedirectionStart(int at) {
        char c = text.charAt(at);
        if (c != '<' && c != '>') {
            return false;
        }
        // <( and >( are process substitutions: words, not redirections
        return at + 1 >= text.length() || text.charAt(at + 1) != '(';
    }

    private Token redirection() {
        int start = pos;
        for (String candidate : REDIRECTIONS) {
            if (text.startsWith(candidate, pos)) {
                pos += candidate.length();
                return Token.redirection(text.substring(start, pos));
            }
        }
        throw new IllegalStateException("no redirection at " + pos);
    }

    private void skipBlanksAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isBlank(c)) {
                pos++;
            } else if (c == '\\' && continuationLength(pos) > 0) {
                pos += continuationLength(pos);
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private void skipHeredocBodies() {
        for (HeredocStart heredoc : heredocsToSkip) {
            while (pos < text.length()) {
                int lineEnd = text.indexOf('\n', pos);
                int next = lineEnd < 0 ? text.length() : lineEnd + 1;
                String line = text.substring(pos, lineEnd < 0 ? text.length() : lineEnd);
                pos = next;
                if (heredoc.stripTabs()) {
                    line = withoutLeadingTabs(line);
                }
                if (line.equals(heredoc.delimiter()) || line.equals(heredoc.delimiter() + "\r")) {
                    break;
                }
            }
        }
        heredocsToSkip.clear();
    }

    private static String withoutLeadingTabs(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == '\t') {
            start++;
        }
        return line.substring(start);
    }

    /** Reads one word: everything up to an unquoted blank or operator character. */
    private Token word() {
        int start = pos;
        int plainEnd = pos;
        while (plainEnd < text.length() && isPlainInWord(text.charAt(plainEnd))) {
            plainEnd++;
        }
        if (plainEnd > pos && (plainEnd == text.length() || endsWord(text.charAt(plainEnd))
                && text.charAt(plainEnd) != '(')) {
            // most words are plain characters only: the word is its own value
            String word = text.substring(pos, plainEnd);
            pos = plainEnd;
            return Token.word(new Word(word, word), scriptOffset(start));
        }
        StringBuilder value = new StringBuilder();
        if (text.charAt(pos) == '<' || text.charAt(pos) == '>') {
            // a process substitution <(cmd) or >(cmd)
            pos += 2;
            parser.parseSubstitution(this);
            value.append(text, start, pos);
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '(' && (isArrayAssignment(value) || isExtendedGlob(value))) {
                int open = pos;
                pos = afterBalanced(pos, '(', ')');
                value.append(text, open, pos);
            } else if (endsWord(c)) {
                break;
            } else if (c == '\\') {
                escape(value);
            } else if (c == '\'') {
                singleQuoted(value);
            } else if (c == '"') {
                doubleQuoted(value);
            } else if (c == '$') {
                dollar(value, false);
            } else if (c == '`') {
                backticks(value);
            } else {
                // the plain characters up to the next one that means something, in one go
                int plain = pos + 1;
                while (plain < text.length() && isPlainInWord(text.charAt(plain))) {
                    plain++;
                }
                value.append(text, pos, plain);
                pos = plain;
            }
        }
        String written = text.substring(start, pos);
        // a word whose expansions are all unquoted ($VAR, $(cmd)) is its own value too: one string for both
        String unquoted = written.contentEquals(value) ? written : value.toString();
        return Token.word(new Word(written, unquoted), scriptOffset(start));
    }

    private void escape(StringBuilder value) {
        int continuation = continuationLength(pos);
        if (continuation > 0) {
            pos += continuation;
        } else if (pos + 1 < text.length()) {
            value.append(text.charAt(pos + 1));
            pos += 2;
        } else {
            value.append('\\');
            pos++;
        }
    }

    private void singleQuoted(StringBuilder value) {
        int close = text.indexOf('\'', pos + 1);
        int end = close < 0 ? text.length() : close;
        value.append(text, pos + 1, end);
        pos = close < 0 ? end : close + 1;
    }

    private void doubleQuoted(StringBuilder value) {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            } else if (c == '\\' && pos + 1 < text.length()) {
                char escaped = text.charAt(pos + 1);
                int continuation = continuationLength(pos);
                if (continuation > 0) {
                    pos += continuation;
                } else if (escaped == '$' || escaped == '`' || escaped == '"' || escaped == '\\') {
                    value.append(escaped);
                    pos += 2;
                } else {
                    value.append('\\');
                    pos++;
                }
            } else if (c == '$') {
                dollar(value, true);
            } else if (c == '`') {
                backticks(value);
            } else {
                int plain = pos + 1;
                while (plain < text.length() && isPlainInDoubleQuotes(text.charAt(plain))) {
                    plain++;
                }
                value.append(text, pos, plain);
                pos = plain;
            }
        }
    }

    /** Reads what starts with {@code $}; expansions are kept as written, their commands parsed. */
    private void dollar(StringBuilder value, boolean inDoubleQuotes) {
        int start = pos;
        pos++;
        char c = pos < text.length() ? text.charAt(pos) : ' ';
        if (c == '(' && pos + 1 < text.length() && text.charAt(pos + 1) == '(') {
            pos = afterBalanced(pos, '(', ')');
        } else if (c == '(') {
            pos++;
            parser.parseSubstitution(this);
        } else if (c == '{') {
            pos = afterBalanced(pos, '{', '}');
        } else if (c == '\'' && !inDoubleQuotes) {
            ansiCQuoted(value);
            return;
        } else if (c == '"' && !inDoubleQuotes) {
            doubleQuoted(value);
            return;
        } else if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
        } else if (isDigit(c) || "@*#?$!-".indexOf(c) >= 0) {
            pos++;
        }
        value.append(text, start, pos);
    }

    /** Reads {@code '…'} after a {@code $}, where backslash escapes apply. */
    private void ansiCQuoted(StringBuilder value) {
        pos++;
        while (pos < text.length() && text.charAt(pos) != '\'') {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                char escaped = text.charAt(pos + 1);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '\\', '\'', '"', '?' -> value.append(escaped);
                    default -> value.append('\\').append(escaped);
                }
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
        pos = Math.min(pos + 1, text.length());
    }

    /** Reads {@code `…`}: its content, backslashes removed, is a script of its own. */
    private void backticks(StringBuilder value) {
        int start = pos;
        pos++;
        StringBuilder script = new StringBuilder();
        int[] offsets = new int[16];
        while (pos < text.length() && text.charAt(pos) != '`') {
            char c = text.charAt(pos);
            if (script.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[script.length()] = scriptOffset(pos);
            if (c == '\\' && pos + 1 < text.length() && "`$\\".indexOf(text.charAt(pos + 1)) >= 0) {
                script.append(text.charAt(pos + 1));
                pos += 2;
            } else {
                script.append(c);
                pos++;
            }
        }
        pos = Math.min(pos + 1, text.length());
        parser.parseBackticks(script.toString(), Arrays.copyOf(offsets, script.length()));
        value.append(text, start, pos);
    }

    /**
     * The position after the {@code close} that balances the {@code open} at {@code at}, skipping
     * quoted text and escapes; the end of the text if there is none.
     */
    private int afterBalanced(int at, char open, char close) {
        int depth = 0;
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'') {
                int quote = text.indexOf('\'', i + 1);
                i = quote < 0 ? text.length() : quote + 1;
                continue;
            }
            if (c == '"') {
                i = afterDoubleQuoted(i);
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private int afterDoubleQuoted(int at) {
        int i = at + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The length of a backslash-newline line continuation at {@code at}, or 0 if there is none. */
    private int continuationLength(int at) {
        if (text.startsWith("\\\n", at)) {
            return 2;
        }
        return text.startsWith("\\\r\n", at) ? 3 : 0;
    }

    /** Whether the word so far is {@code NAME=} or {@code NAME+=}, so a {@code (} opens an array. */
    private static boolean isArrayAssignment(CharSequence word) {
        int length = word.length();
        if (length < 2 || word.charAt(length - 1) != '=') {
            return false;
        }
        int nameEnd = word.charAt(length - 2) == '+' ? length - 2 : length - 1;
        return SimpleCommand.isVariableName(word.subSequence(0, nameEnd));
    }

    /** Whether the word so far ends with {@code @ ! + * ?}, so a {@code (} opens a bash pattern. */
    private static boolean isExtendedGlob(CharSequence word) {
        return word.length() > 0 && "@!+*?".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /** Whether {@code c}, in an unquoted word, is itself and nothing more: no quote, escape, expansion or end. */
    private static boolean isPlainInWord(char c) {
        return !endsWord(c) && c != '\\' && c != '\'' && c != '"' && c != '$' && c != '`';
    }

    /** Whether {@code c}, between double quotes, is itself and nothing more. */
    private static boolean isPlainInDoubleQuotes(char c) {
        return c != '"' && c != '\\' && c != '$' && c != '`';
    }

    private static boolean endsWord(char c) {
        return isBlank(c) || c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')'
                || c == '<' || c == '>';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
