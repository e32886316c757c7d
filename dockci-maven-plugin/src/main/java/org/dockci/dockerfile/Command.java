package org.dockci.dockerfile;

import java.util.List;

/**
 * The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD. In exec form ({@code ["a", "b"]}) the
 * {@code arguments} are the JSON array's strings and {@code shell} is null; in shell form
 * {@code shell} is the command text after the keyword and flags, continuations joined as in
 * {@link Source#text()}, and {@code arguments} is empty. {@code heredocs} are those the command
 * introduces ({@code RUN <<EOF}), in order.
 */
public record Command(boolean execForm, List<String> arguments, String shell, List<Heredoc> heredocs) {
}
