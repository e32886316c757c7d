package org.dockci.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * What every instruction has: its keyword and how it was written ({@code run}, {@code Run}), where
 * it is, its flags in order, and its text: the logical line as Docker reads it, continuations
 * joined (escape character and newline removed, comment lines dropped), keyword included,
 * heredoc bodies excluded.
 */
public record Source(Keyword keyword, String written, Span span, List<Flag> flags, String text) {

    /** The flag {@code --name}, if the instruction has it. */
    public Optional<Flag> flag(String name) {
        return flags.stream().filter(flag -> flag.name().equals(name)).findFirst();
    }
}
