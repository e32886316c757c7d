package org.dockci.dockerfile;

/** The source of one element: from its first character to its last one, both included. */
public record Span(Position start, Position end) {

    /** A span on one line, from column {@code from} to column {@code to}, both included. */
    public static Span of(int line, int from, int to) {
        return new Span(new Position(line, from), new Position(line, to));
    }
}
