package org.dockci.dockerfile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD. In exec form ({@code ["a", "b"]}) the
 * {@code arguments} are the JSON array's strings and {@code shell} is null; in shell form
 * {@code shell} is the command text after the keyword and flags, continuations joined as in
 * {@link Source#text()}, and {@code arguments} is empty. {@code heredocs} are those the command
 * introduces ({@code RUN <<EOF}), in order. {@code shellPositions} says where each character of
 * {@code shell} was written (see {@link #shellPosition}); it is null in exec form and for commands
 * not read from a file.
 */
public record CommandLine(boolean execForm, List<String> arguments, String shell, List<Heredoc> heredocs,
        TextPositions shellPositions) {

    /** {@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"} and nothing else, as BuildKit recognizes a heredoc-only RUN. */
    private static final Pattern HEREDOC_ONLY = Pattern.compile("<<-?\\s*[^<\\s]+");

    /** A command whose text's positions are unknown, as one made by hand. */
    public CommandLine(boolean execForm, List<String> arguments, String shell, List<Heredoc> heredocs) {
        this(execForm, arguments, shell, heredocs, null);
    }

    /**
     * Where the character at {@code offset} of {@link #shell()} was written, continuation lines
     * counted: in {@code RUN apt-get update \ && apt-get install curl} written on two lines, the
     * second {@code apt-get} is on the second line. Empty when the positions are unknown.
     */
    public Optional<Position> shellPosition(int offset) {
        return shellPositions == null ? Optional.empty() : Optional.of(shellPositions.of(offset));
    }

    /**
     * Whether this is a shell-form command that is only one heredoc marker ({@code RUN <<EOF}, {@code <<-"EOF"}):
     * BuildKit then runs the heredoc's body as the script, rather than a command that reads it.
     */
    public boolean runsHeredoc() {
        return !execForm && heredocs.size() == 1 && HEREDOC_ONLY.matcher(shell.strip()).matches();
    }
}
