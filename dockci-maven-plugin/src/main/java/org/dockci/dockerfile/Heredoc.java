package org.dockci.dockerfile;

/**
 * A here-document of RUN, COPY or ADD ({@code <<EOF}): its delimiter word, its content (the lines
 * between the introducing line and the delimiter line, each ended by a newline; leading tabs
 * already removed when {@code chomp}), whether variables in it are expanded (delimiter not
 * quoted) and whether it was written {@code <<-}.
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, Span span) {
}
