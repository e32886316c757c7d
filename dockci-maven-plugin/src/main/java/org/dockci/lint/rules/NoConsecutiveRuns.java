package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3059: a RUN of a single command does not directly follow another one with the same flags
 * (comments between them do not count). Each RUN makes a layer, so joining them with {@code &&}
 * makes the image smaller and quicker to pull.
 *
 * <p>RUNs that already chain several commands are taken as split on purpose, and so are RUNs whose
 * flags ({@code --mount}, {@code --network}...) differ. As in hadolint, ONBUILD triggers are not
 * checked.
 */
public final class NoConsecutiveRuns implements Rule {

    @Override
    public String code() {
        return "DL3059";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Multiple consecutive `RUN` instructions. Consider consolidation.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        ShellRun previous = null;
        for (Instruction instruction : input.dockerfile().instructions()) {
            ShellRun run = instruction instanceof Instruction.Run
                    ? ShellRun.of(input, instruction).orElseThrow() : null;
            if (run != null && previous != null && isSingleCommand(previous) && isSingleCommand(run)
                    && flags(previous).equals(flags(run))) {
                violations.add(run.violation());
            }
            previous = run;
        }
        return violations;
    }

    private static boolean isSingleCommand(ShellRun run) {
        return run.script().commands().size() <= 1;
    }

    /** The flags as a set: the order of two {@code --mount}s does not make the RUNs differ. */
    private static Set<String> flags(ShellRun run) {
        return run.run().source().flags().stream()
                .map(flag -> flag.name() + "=" + flag.value())
                .collect(Collectors.toSet());
    }
}
