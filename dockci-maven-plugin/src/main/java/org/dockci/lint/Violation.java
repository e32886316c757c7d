package org.dockci.lint;

import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Position;

/**
 * Where a rule is broken, and what to say about it there. {@code severity} is null for the rule's own
 * severity; a rule sets a less serious one for a finding it is less sure of (DC2001 judging a file by
 * its name only). The configuration's overrides of the rule's code apply to every finding alike.
 */
public record Violation(Position position, String message, Severity severity) {

    /** A violation with the rule's severity. */
    public Violation(Position position, String message) {
        this(position, message, null);
    }

    /** A violation at the start of {@code instruction}, with the rule's severity. */
    public static Violation at(Instruction instruction, String message) {
        return new Violation(instruction.source().span().start(), message);
    }
}
