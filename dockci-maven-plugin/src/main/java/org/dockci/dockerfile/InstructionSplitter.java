package org.dockci.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a logical line as Docker does: the keyword, then the {@code --flags} that start the arguments
 * (quotes and escapes removed), then the arguments. Offsets are kept so that the parser can say where
 * each part was written.
 */
final class InstructionSplitter {

    private InstructionSplitter() {
    }

    /** A flag word: its text as Docker reads it, and where it is in the line ({@code end} excluded). */
    record FlagWord(String text, int start, int end) {
    }

    /** The parts of {@code line[from, to)}: keyword, flags, and the arguments, trimmed. */
    record Parts(int keywordStart, int keywordEnd, List<FlagWord> flags, int argumentsStart, int argumentsEnd) {

        String keyword(String line) {
            return line.substring(keywordStart, keywordEnd);
        }

        String arguments(String line) {
            return line.substring(argumentsStart, argumentsEnd);
        }
    }

    /** Splits {@code line[from, to)}, the escape character being {@code escape}. */
    static Parts split(String line, int from, int to, char escape) {
        int start = GoStrings.skipSpace(line, from, to);
        int end = GoStrings.trimEnd(line, start, to);
        int keywordEnd = start;
        while (keywordEnd < end && !GoStrings.isBlank(line.charAt(keywordEnd))) {
            keywordEnd++;
        }
        if (keywordEnd == end) {
            return new Parts(start, keywordEnd, List.of(), end, end);
        }
        int afterBlanks = keywordEnd;
        while (afterBlanks < end && GoStrings.isBlank(line.charAt(afterBlanks))) {
            afterBlanks++;
        }
        List<FlagWord> flags = new ArrayList<>(0);
        int rest = flags(line, afterBlanks, end, escape, flags);
        int argumentsStart = GoStrings.skipSpace(line, rest, end);
        return new Parts(start, keywordEnd, flags, argumentsStart, GoStrings.trimEnd(line, argumentsStart, end));
    }

    /**
     * Reads the flag words at the start of {@code line[from, to)} into {@code flags}: words starting with
     * {@code --}, up to the first other word or a lone {@code --}. Returns where the arguments start.
     */
    private static int flags(String line, int from, int to, char escape, List<FlagWord> flags) {
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean inQuote = false;
        boolean blankOk = false;
        char quote = 0;
        int wordStart = from;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (!inWord && !inQuote) {
                if (isSpace(c)) {
                    continue;
                }
                if (c != '-' || i + 1 == to || line.charAt(i + 1) != '-') {
                    return i;
                }
                inWord = true;
                wordStart = i;
            }
            if (inWord) {
                if (isSpace(c)) {
                    inWord = false;
                    if (word.length() == 2 && word.charAt(0) == '-' && word.charAt(1) == '-') {
                        return i;
                    }
                    if (blankOk || word.length() > 0) {
                        flags.add(new FlagWord(word.toString(), wordStart, i));
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    blankOk = true;
                    inWord = false;
                    inQuote = true;
                    continue;
                }
                if (c == escape) {
                    if (i + 1 == to) {
                        continue;
                    }
                    i++;
                    c = line.charAt(i);
                }
                word.append(c);
                continue;
            }
            if (c == quote) {
                inQuote = false;
                inWord = true;
                continue;
            }
            if (c == escape) {
                if (i + 1 == to) {
                    inQuote = false;
                    inWord = true;
                    continue;
                }
                i++;
                c = line.charAt(i);
            }
            word.append(c);
        }
        if ((inWord || inQuote) && !"--".contentEquals(word) && (blankOk || word.length() > 0)) {
            flags.add(new FlagWord(word.toString(), wordStart, to));
        }
        return to;
    }

    /**
     * Docker reads flags byte by byte and asks Go whether each byte is a space; for ASCII that is Go's
     * space, and the only other characters it splits at are those whose last byte is 0x85 or 0xA0.
     */
    private static boolean isSpace(char c) {
        return c < 0x80 ? GoStrings.isSpace(c) : c == 0x85 || c == 0xA0;
    }
}
