package org.dockci.dockerfile;

/**
 * One flag of an instruction, {@code --name=value} or {@code --name} (value null), such as
 * {@code --from}, {@code --chown}, {@code --mount} or HEALTHCHECK's {@code --interval}. The name is
 * held without its dashes ({@code from}); the value as Docker reads it, quotes and escape characters
 * removed ({@code --chown="a b"} gives {@code a b}). The span covers the whole flag as written.
 */
public record Flag(String name, String value, Span span) {
}
