package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.ImageReference;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3006: a FROM image must name its version with a tag or a digest. Without one Docker pulls
 * {@code latest}, so the same Dockerfile builds a different image whenever upstream publishes.
 *
 * <p>A FROM that names an earlier stage, {@code scratch}, or an image a build argument decides is
 * fine. Global ARG defaults are applied first: {@code ARG BASE=debian} then {@code FROM $BASE} is
 * untagged.
 */
public final class BaseImageIsTagged implements Rule {

    @Override
    public String code() {
        return "DL3006";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Always tag the version of an image explicitly";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        BuildStages stages = BuildStages.of(input);
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            if (stages.startsFromStageOrArgument(stage)) {
                continue;
            }
            Optional<ImageReference> image = stages.fromImage(stage).reference();
            if (image.isPresent() && image.get().tag().isEmpty() && image.get().digest().isEmpty()) {
                violations.add(Violation.at(stage.from(), null));
            }
        }
        return violations;
    }
}
