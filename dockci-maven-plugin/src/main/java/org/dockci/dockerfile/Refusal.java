package org.dockci.dockerfile;

/**
 * What Docker refuses in one instruction, raised where it is found and turned into a
 * {@link SyntaxError} by the parser, which then goes on with the next instruction.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SyntaxErrorKind kind;

    Refusal(SyntaxErrorKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    SyntaxErrorKind kind() {
        return kind;
    }
}
