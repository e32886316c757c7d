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

    /** The first flag {@code --name}, if the instruction has it; {@code name} with or without its dashes. */
    public Optional<Flag> flag(String name) {
        String bare = name.startsWith("--") ? name.substring(2) : name;
        for (Flag flag : flags) {
            if (flag.name().equals(bare)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }
}
