package org.dockci.dockerfile;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where each character of a text that the parser assembled from the file's lines was written, so
 * that what is found in the text (a command of a multi-line RUN) can be pointed at in the file. The
 * text is made of pieces, each a run of characters of one line; continuations (the escape character,
 * the newline, comment lines) lie between pieces.
 */
public final class TextPositions {

    /** The assembled text the pieces cut: an instruction's logical line. */
    private final String assembled;
    /** Offset 0 of this text is offset {@code base} of {@link #assembled}. */
    private final int base;
    private final int length;
    private final int[] pieceStarts;
    private final int[] lines;
    private final int[] columns;

    private TextPositions(String assembled, int base, int length, int[] pieceStarts, int[] lines, int[] columns) {
        this.assembled = assembled;
        this.base = base;
        this.length = length;
        this.pieceStarts = pieceStarts;
        this.lines = lines;
        this.columns = columns;
    }

    /**
     * Positions of {@code assembled}, whose piece {@code i} starts at {@code pieceStarts[i]} (kept, not
     * copied) and was written at {@code starts[i]}.
     */
    static TextPositions of(String assembled, int[] pieceStarts, Position[] starts) {
        int[] lines = new int[starts.length];
        int[] columns = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            lines[i] = starts[i].line();
            columns[i] = starts[i].column();
        }
        return new TextPositions(assembled, 0, assembled.length(), pieceStarts, lines, columns);
    }

    /**
     * The positions of {@code tail}, which ends this text but for trailing blanks (as an instruction's
     * arguments end its logical line); null when it does not.
     */
    TextPositions ofTail(String tail) {
        int end = GoText.trimEnd(assembled, base, base + length);
        int start = end - tail.length();
        if (start < base || !assembled.regionMatches(start, tail, 0, tail.length())) {
            return null;
        }
        return new TextPositions(assembled, start, tail.length(), pieceStarts, lines, columns);
    }

    /**
     * Where the character at {@code offset} of the text was written; an offset past the end gives the
     * position after the last character.
     */
    public Position of(int offset) {
        int at = base + Math.max(0, Math.min(offset, length));
        int piece = Arrays.binarySearch(pieceStarts, at);
        if (piece < 0) {
            piece = Math.max(0, -piece - 2);
        } else {
            // pieces may be empty (a line holding only the escape character): take the last one starting here
            while (piece + 1 < pieceStarts.length && pieceStarts[piece + 1] == at) {
                piece++;
            }
        }
        return new Position(lines[piece], columns[piece] + assembled.codePointCount(pieceStarts[piece], at));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextPositions that && base == that.base && length == that.length
                && assembled.equals(that.assembled) && Arrays.equals(pieceStarts, that.pieceStarts)
                && Arrays.equals(lines, that.lines) && Arrays.equals(columns, that.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assembled, base, length, Arrays.hashCode(lines));
    }

    @Override
    public String toString() {
        return "TextPositions" + Arrays.toString(lines) + " of " + assembled.substring(base, base + length);
    }
}
