package org.dockci.dockerfile;

/**
 * One flag of an instruction, {@code --name=value} or {@code --name} (value null), such as
 * {@code --from}, {@code --chown}, {@code --mount} or HEALTHCHECK's {@code --interval}.
 */
public record Flag(String name, String value, Span span) {
}
