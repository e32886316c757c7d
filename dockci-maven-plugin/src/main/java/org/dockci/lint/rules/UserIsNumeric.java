package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3066: USER names the user by its number ({@code USER 1000}, {@code USER 1000:1000}). A name is
 * looked up in the image's {@code /etc/passwd}, which tools outside the container, such as
 * Kubernetes' {@code runAsNonRoot}, cannot read: they cannot tell whether it is root. Only the user
 * part is judged; a user given by an ARG declared before ({@code USER ${APP_UID}}) is trusted to be
 * a number, as in hadolint.
 */
public final class UserIsNumeric implements Rule {

    @Override
    public String code() {
        return "DL3066";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Non-numeric user-id may not be resolvable by host system";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        Set<String> args = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : input.dockerfile().instructions()) {
            if (instruction instanceof Instruction.Arg arg) {
                arg.declarations().forEach(declaration -> args.add(declaration.name()));
            } else if (instruction instanceof Instruction.User user) {
                String uid = ContainerPath.unquoted(user.user()).split(":", -1)[0];
                boolean numeric = uid.chars().allMatch(c -> c >= '0' && c <= '9');
                if (!numeric && VariableReference.namesIn(uid).stream().noneMatch(args::contains)) {
                    violations.add(Violation.at(user, null));
                }
            }
        }
        return violations;
    }
}
