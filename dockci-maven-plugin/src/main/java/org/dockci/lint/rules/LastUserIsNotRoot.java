package org.dockci.lint.rules;

import java.util.List;
import java.util.Optional;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3002: the user the built image runs as (the last USER of the last stage, or of the stage it
 * starts from) must not be root. A process running as root in a container is root on the host's
 * kernel: one escape away from the host.
 */
public final class LastUserIsNotRoot implements Rule {

    @Override
    public String code() {
        return "DL3002";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Last USER should not be root";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        BuildStages stages = BuildStages.of(input);
        return stages.last()
                .flatMap(last -> effectiveUser(stages, last))
                .filter(user -> isRoot(user.user()))
                .map(user -> List.of(Violation.at(user, null)))
                .orElse(List.of());
    }

    /** The last USER of {@code stage}, or else the one of the earlier stage it starts from. */
    private static Optional<Instruction.User> effectiveUser(BuildStages stages, BuildStage stage) {
        Instruction.User last = null;
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof Instruction.User user) {
                last = user;
            }
        }
        if (last != null) {
            return Optional.of(last);
        }
        return stages.parent(stage).flatMap(parent -> effectiveUser(stages, parent));
    }

    private static boolean isRoot(String user) {
        return user.equals("root") || user.equals("0") || user.startsWith("root:") || user.startsWith("0:");
    }
}
