package org.dockci.dockerfile;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where each character of a text that the parser assembled from the file's lines was written, so
 * that what is found in the text (a command of a multi-line RUN) can be pointed at in the file. The
 * text is made of pieces, each a run of characters of one line; continuations (the escape character,
 * the newline, comment lines) lie between pieces. Positions are worked out when asked for: most
 * commands never need one.
 */
public final class TextPositions {

    /** The assembled text the pieces cut: an instruction's logical line. */
    private final String assembled;
    /** Offset 0 of this text is offset {@code base} of {@link #assembled}. */
    private final int base;
    private final int length;
    /** Where piece {@code i} starts in {@link #assembled}, and in the file. */
    private final int[] pieceStarts;
    private final int[] fileOffsets;
    private final SourceLines lines;

    private TextPositions(String assembled, int base, int length, int[] pieceStarts, int[] fileOffsets,
            SourceLines lines) {
        this.assembled = assembled;
        this.base = base;
        this.length = length;
        this.pieceStarts = pieceStarts;
        this.fileOffsets = fileOffsets;
        this.lines = lines;
    }

    /**
     * Positions of {@code assembled}, whose piece {@code i} starts at {@code pieceStarts[i]} and at
     * {@code fileOffsets[i]} of the file whose lines are {@code lines}; the arrays are kept, not copied.
     */
    static TextPositions of(String assembled, int[] pieceStarts, int[] fileOffsets, SourceLines lines) {
        return new TextPositions(assembled, 0, assembled.length(), pieceStarts, fileOffsets, lines);
    }

    /**
     * The positions of {@code tail}, which ends this text but for trailing blanks (as an instruction's
     * arguments end its logical line); null when it does not.
     */
    TextPositions ofTail(String tail) {
        int end = GoStrings.trimEnd(assembled, base, base + length);
        int start = end - tail.length();
        if (start < base || !assembled.regionMatches(start, tail, 0, tail.length())) {
            return null;
        }
        return new TextPositions(assembled, start, tail.length(), pieceStarts, fileOffsets, lines);
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
        return lines.position(fileOffsets[piece] + at - pieceStarts[piece]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextPositions that && base == that.base && length == that.length
                && assembled.equals(that.assembled) && Arrays.equals(pieceStarts, that.pieceStarts)
                && Arrays.equals(fileOffsets, that.fileOffsets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assembled, base, length, Arrays.hashCode(fileOffsets));
    }

    @Override
    public String toString() {
        return "TextPositions" + Arrays.toString(fileOffsets) + " of " + assembled.substring(base, base + length);
    }
}
