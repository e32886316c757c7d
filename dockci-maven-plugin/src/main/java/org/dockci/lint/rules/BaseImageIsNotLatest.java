package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3007: a FROM image must not be pinned to the tag {@code latest} (unless a digest pins it too).
 * {@code latest} moves with every upstream release, so rebuilding the same Dockerfile silently
 * changes the image. Global ARG defaults are applied first, as in {@link BaseImageIsTagged}.
 */
public final class BaseImageIsNotLatest implements Rule {

    @Override
    public String code() {
        return "DL3007";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a"
                + " release tag";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        BuildStages stages = BuildStages.of(input);
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            boolean latest = stages.fromImage(stage).reference()
                    .filter(image -> image.tag().filter("latest"::equals).isPresent() && image.digest().isEmpty())
                    .isPresent();
            if (latest) {
                violations.add(Violation.at(stage.from(), null));
            }
        }
        return violations;
    }
}
