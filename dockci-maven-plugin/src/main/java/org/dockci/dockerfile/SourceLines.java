package org.dockci.dockerfile;

import java.util.Arrays;

/**
 * The physical lines of a Dockerfile: Docker splits at {@code \n} only, and a line's carriage returns
 * at its end are not part of its content. Converts text offsets to {@link Position}s.
 */
final class SourceLines {

    private final String text;
    private final int[] starts;
    private final int count;

    /** The lines of {@code text} from {@code begin} (after a byte-order mark). */
    SourceLines(String text, int begin) {
        this.text = text;
        int[] found = new int[64];
        int lines = 0;
        int start = begin;
        while (start < text.length()) {
            if (lines == found.length) {
                found = Arrays.copyOf(found, lines * 2);
            }
            found[lines++] = start;
            int newline = text.indexOf('\n', start);
            start = newline < 0 ? text.length() : newline + 1;
        }
        this.starts = found;
        this.count = lines;
    }

    /** How many lines there are; a final newline does not start one more. */
    int count() {
        return count;
    }

    /** Where line {@code index} (from 0) starts. */
    int start(int index) {
        return starts[index];
    }

    /** Where line {@code index} ends, its newline excluded. */
    int end(int index) {
        int next = index + 1 < count ? starts[index + 1] : text.length();
        return next > starts[index] && text.charAt(next - 1) == '\n' ? next - 1 : next;
    }

    /** Where the content of line {@code index} ends: its newline and the carriage returns before it excluded. */
    int contentEnd(int index) {
        int end = end(index);
        int start = starts[index];
        while (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** Where line {@code index} ends, its newline included. */
    int endWithNewline(int index) {
        return index + 1 < count ? starts[index + 1] : text.length();
    }

    /** The position of the character at {@code offset}; columns count code points. */
    Position position(int offset) {
        int index = Arrays.binarySearch(starts, 0, count, offset);
        if (index < 0) {
            index = -index - 2;
        }
        if (index < 0) {
            return new Position(1, 1);
        }
        return new Position(index + 1, text.codePointCount(starts[index], offset) + 1);
    }

    /** The position of the last character of line {@code index} that is not blank, or its first column. */
    Position lastCharacter(int index) {
        int start = starts[index];
        int end = GoStrings.trimEnd(text, start, contentEnd(index));
        return end == start ? new Position(index + 1, 1) : position(end - 1);
    }
}
