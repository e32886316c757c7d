package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3021: a COPY of several sources must copy into a folder, a destination ending with {@code /}.
 * Docker refuses to build such a COPY otherwise, after everything before it has been built.
 */
public final class CopyOfSeveralSourcesToFolder implements Rule {

    @Override
    public String code() {
        return "DL3021";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "COPY with more than 2 arguments requires the last argument to end with /";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.Copy.class, copy -> sourceCount(copy) > 1
                && !ContainerPath.unquoted(copy.destination()).endsWith("/"));
    }

    /** The paths and heredocs copied: a heredoc counts once, whether or not its marker is among the sources. */
    private static long sourceCount(Instruction.Copy copy) {
        return copy.sources().stream().filter(source -> !ContainerPath.isHeredocMarker(source)).count()
                + copy.heredocs().size();
    }
}
