package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Violation;

/** For rules that judge each instruction of one kind on its own (hadolint's simple rules). */
final class EachInstruction {

    private EachInstruction() {
    }

    /**
     * A violation, with the rule's own message, at every {@code kind} instruction of {@code dockerfile}
     * that is {@code broken}; ONBUILD triggers are not looked into.
     */
    static <T extends Instruction> List<Violation> violating(Dockerfile dockerfile, Class<T> kind,
            Predicate<T> broken) {
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (kind.isInstance(instruction) && broken.test(kind.cast(instruction))) {
                violations.add(Violation.at(instruction, null));
            }
        }
        return violations;
    }
}
