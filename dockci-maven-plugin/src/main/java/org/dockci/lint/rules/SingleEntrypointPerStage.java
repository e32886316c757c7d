package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL4004: a stage has at most one ENTRYPOINT (each after the first is reported).
 * Docker keeps only the last one, so the others are dead code that misleads the reader.
 */
public final class SingleEntrypointPerStage implements Rule {

    @Override
    public String code() {
        return "DL4004";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the"
                + " last `ENTRYPOINT` will take effect";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return BuildStages.of(input).repeatedWithinStage(Instruction.Entrypoint.class).stream()
                .map(repeated -> Violation.at(repeated, null))
                .toList();
    }
}
