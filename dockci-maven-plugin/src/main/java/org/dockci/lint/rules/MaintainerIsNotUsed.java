package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL4000: MAINTAINER is not used. Docker deprecated it; {@code LABEL maintainer="…"} says the same
 * thing in a way tools can read.
 */
public final class MaintainerIsNotUsed implements Rule {

    @Override
    public String code() {
        return "DL4000";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "MAINTAINER is deprecated";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.Maintainer.class, maintainer -> true);
    }
}
