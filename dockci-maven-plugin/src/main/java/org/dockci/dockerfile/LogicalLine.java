package org.dockci.dockerfile;

import java.util.Arrays;

/**
 * An instruction's text as Docker assembles it from physical lines (continuations joined, comment and
 * blank lines dropped), remembering where each piece came from so that offsets in the text map back
 * to the file.
 */
final class LogicalLine {

    private final StringBuilder text = new StringBuilder();
    private int[] textStarts = new int[4];
    private int[] sourceStarts = new int[4];
    private int pieces;

    /** Appends {@code source[from, to)}. */
    void append(String source, int from, int to) {
        if (pieces == textStarts.length) {
            textStarts = Arrays.copyOf(textStarts, pieces * 2);
            sourceStarts = Arrays.copyOf(sourceStarts, pieces * 2);
        }
        textStarts[pieces] = text.length();
        sourceStarts[pieces] = from;
        pieces++;
        text.append(source, from, to);
    }

    String text() {
        return text.toString();
    }

    /** Where each character of {@code text}, this line's {@link #text()}, was written, {@code lines} being the file's. */
    TextPositions positions(String text, SourceLines lines) {
        return TextPositions.of(text, Arrays.copyOf(textStarts, pieces), Arrays.copyOf(sourceStarts, pieces), lines);
    }

    /** The offset in the file of the character at {@code offset} in the text. */
    int sourceOffset(int offset) {
        int piece = pieces - 1;
        while (piece > 0 && textStarts[piece] > offset) {
            piece--;
        }
        return sourceStarts[piece] + offset - textStarts[piece];
    }
}
