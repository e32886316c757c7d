package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3000: a WORKDIR path must be absolute (or a variable, trusted to hold one). A relative WORKDIR
 * is resolved against whatever the base image set, so the files land somewhere the reader cannot see.
 */
public final class WorkdirIsAbsolute implements Rule {

    @Override
    public String code() {
        return "DL3000";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Use absolute WORKDIR";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.Workdir.class,
                workdir -> !ContainerPath.isAbsoluteOrVariable(workdir.path()));
    }
}
