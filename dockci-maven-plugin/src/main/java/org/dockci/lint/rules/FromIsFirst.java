package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3061: nothing but ARG (and comments and parser directives) comes before the first FROM. Docker's
 * parser already refuses such a file (DC1001), so the Linter never shows one to this rule; it is kept
 * so that the code hadolint users know is there, and judges right a Dockerfile model made otherwise.
 * Each instruction out of order is reported.
 */
public final class FromIsFirst implements Rule {

    @Override
    public String code() {
        return "DL3061";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : input.dockerfile().instructions()) {
            if (instruction instanceof Instruction.From) {
                break;
            }
            if (!(instruction instanceof Instruction.Arg)) {
                violations.add(Violation.at(instruction, null));
            }
        }
        return violations;
    }
}
