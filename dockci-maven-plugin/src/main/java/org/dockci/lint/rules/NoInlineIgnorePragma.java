package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;

import org.dockci.dockerfile.Comment;
import org.dockci.dockerfile.Position;
import org.dockci.lint.IgnorePragma;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL1001, off unless its level is overridden: no {@code # hadolint ignore=…} (or {@code # dockci
 * ignore=…}) before an instruction. For teams that want every exception in {@code .hadolint.yaml},
 * where it is reviewed once, rather than scattered through the Dockerfiles. Stage and global pragmas
 * are not reported, as in hadolint.
 */
public final class NoInlineIgnorePragma implements Rule {

    @Override
    public String code() {
        return "DL1001";
    }

    @Override
    public Severity severity() {
        return Severity.IGNORE;
    }

    @Override
    public String message() {
        return "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (Comment comment : input.dockerfile().comments()) {
            IgnorePragma.parse(comment.text()).filter(pragma -> pragma.scope() == IgnorePragma.Scope.INSTRUCTION)
                    .ifPresent(pragma -> violations.add(new Violation(new Position(comment.line(), 1), null)));
        }
        return violations;
    }
}
