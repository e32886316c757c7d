package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3012: a stage has at most one HEALTHCHECK (each after the first is reported).
 * Docker keeps only the last one, so the others are dead code that misleads the reader.
 */
public final class SingleHealthcheckPerStage implements Rule {

    @Override
    public String code() {
        return "DL3012";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Multiple `HEALTHCHECK` instructions";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return BuildStages.of(input).repeatedWithinStage(Instruction.Healthcheck.class).stream()
                .map(repeated -> Violation.at(repeated, null))
                .toList();
    }
}
