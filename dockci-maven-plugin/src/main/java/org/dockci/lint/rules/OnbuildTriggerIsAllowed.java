package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3043: ONBUILD does not trigger ONBUILD, FROM or MAINTAINER, which Docker refuses there. Docker's
 * parser already refuses such a file (DC1011), so the Linter never shows one to this rule; it is kept
 * so that the code hadolint users know is there, and judges right a Dockerfile model made otherwise.
 */
public final class OnbuildTriggerIsAllowed implements Rule {

    @Override
    public String code() {
        return "DL3043";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.OnBuild.class,
                onBuild -> onBuild.trigger() instanceof Instruction.OnBuild
                        || onBuild.trigger() instanceof Instruction.From
                        || onBuild.trigger() instanceof Instruction.Maintainer);
    }
}
