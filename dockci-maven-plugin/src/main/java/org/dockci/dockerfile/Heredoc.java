package org.dockci.dockerfile;

/**
 * A here-document of RUN, COPY or ADD ({@code <<EOF}): its delimiter word, its content (the lines
 * between the introducing line and the delimiter line, each ended by its newline as written; leading
 * tabs already removed when {@code chomp}), whether variables in it are expanded (delimiter not
 * quoted) and whether it was written {@code <<-}. The span runs from column 1 of the first line of
 * the body (of the delimiter line when the body is empty) to the end of the delimiter line, so that
 * line {@code i} of the content is line {@code span().start().line() + i} of the file.
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, Span span) {

    /**
     * Where the character at {@code offset} of {@link #content()} was written. The column is exact
     * unless {@code <<-} removed leading tabs, which the content no longer shows: then it is 1.
     */
    public Position contentPosition(int offset) {
        int at = Math.max(0, Math.min(offset, content.length()));
        int line = span.start().line();
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, chomp ? 1 : content.codePointCount(lineStart, at) + 1);
    }
}
