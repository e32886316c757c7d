package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL4003: a stage has at most one CMD (each after the first is reported). Docker
 * keeps only the last one, so the others are dead code that misleads the reader.
 */
public final class SingleCmdPerStage implements Rule {

    @Override
    public String code() {
        return "DL4003";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD`"
                + " will take effect";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return BuildStages.of(input).repeatedWithinStage(Instruction.Cmd.class).stream()
                .map(repeated -> Violation.at(repeated, null))
                .toList();
    }
}
