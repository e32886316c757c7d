package org.dockci.dockerfile;

/**
 * Something Docker's parser refuses, at {@code position}. Codes are dockci's own, DC1000 to DC1999
 * (hadolint has none for them); the message says what is wrong in Docker's terms.
 */
public record SyntaxError(String code, String message, Position position) {
}
