package org.dockci.dockerfile;

/**
 * A comment line, also one inside a continued instruction: {@code text} is what follows the
 * {@code #}, trimmed. Parser directives are not comments (see {@link Directives}).
 */
public record Comment(int line, String text) {
}
