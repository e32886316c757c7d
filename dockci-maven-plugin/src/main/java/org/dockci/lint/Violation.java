package org.dockci.lint;

import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Position;

/** Where a rule is broken, and what to say about it there. */
public record Violation(Position position, String message) {

    /** A violation at the start of {@code instruction}. */
    public static Violation at(Instruction instruction, String message) {
        return new Violation(instruction.source().span().start(), message);
    }
}
