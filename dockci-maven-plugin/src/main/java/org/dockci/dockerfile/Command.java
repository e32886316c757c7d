package org.dockci.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD. In exec form ({@code ["a", "b"]}) the
 * {@code arguments} are the JSON array's strings and {@code shell} is null; in shell form
 * {@code shell} is the command text after the keyword and flags, continuations joined as in
 * {@link Source#text()}, and {@code arguments} is empty. {@code heredocs} are those the command
 * introduces ({@code RUN <<EOF}), in order. {@code shellPositions} says where each character of
 * {@code shell} was written (see {@link #shellPosition}); it is null in exec form and for commands
 * not read from a file.
 */
public record Command(boolean execForm, List<String> arguments, String shell, List<Heredoc> heredocs,
        TextPositions shellPositions) {

    /** A command whose text's positions are unknown, as one made by hand. */
    public Command(boolean execForm, List<String> arguments, String shell, List<Heredoc> heredocs) {
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
}
