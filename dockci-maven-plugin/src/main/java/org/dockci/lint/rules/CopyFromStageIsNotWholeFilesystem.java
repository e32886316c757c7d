package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3067: no {@code COPY --from=stage / /}. Copying a whole filesystem over another one brings the
 * other stage's package databases, caches and build tools along, and overwrites what the base image
 * set up; copy the folders the image needs. A source or destination other than {@code /} is fine.
 */
public final class CopyFromStageIsNotWholeFilesystem implements Rule {

    @Override
    public String code() {
        return "DL3067";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Do not copy an entire filesystem from another stage";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.Copy.class,
                copy -> BuildStages.copiedFrom(copy).isPresent() && isRoot(copy.destination())
                        && copy.sources().stream().anyMatch(CopyFromStageIsNotWholeFilesystem::isRoot));
    }

    private static boolean isRoot(String path) {
        return ContainerPath.unquoted(path).equals("/");
    }
}
