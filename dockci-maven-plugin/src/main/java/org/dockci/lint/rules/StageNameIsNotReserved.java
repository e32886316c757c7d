package org.dockci.lint.rules;

import java.util.List;
import java.util.Set;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3063: no stage is named {@code scratch} or {@code context}, names that already mean something
 * to the builder (the empty image; the build context of {@code COPY --from}), so that a later
 * {@code FROM scratch} or {@code COPY --from=context} would mean something else than it reads.
 * Docker compares stage names without case, and so does this rule.
 */
public final class StageNameIsNotReserved implements Rule {

    private static final Set<String> RESERVED = Set.of("scratch", "context");

    @Override
    public String code() {
        return "DL3063";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "stage name should not be a reserved word";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.From.class, from -> from.stageName() != null
                && RESERVED.stream().anyMatch(reserved -> BuildStages.sameStageName(reserved, from.stageName())));
    }
}
