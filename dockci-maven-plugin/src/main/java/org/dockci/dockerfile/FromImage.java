package org.dockci.dockerfile;

import java.util.Optional;

/**
 * What one stage's FROM names once the global ARGs' defaults are applied: an earlier stage, {@code scratch}, an
 * image, or something only the build decides (a build argument without default, a platform argument, a name no
 * ARG declares).
 *
 * @param stage        the stage whose FROM this is
 * @param expanded     the FROM's image word expanded, {@code debian:trixie-slim}; empty when a build argument
 *                     decides it or it cannot be expanded
 * @param earlierStage the earlier stage it names, if it names one
 * @param repository   the image repository it names, without tag or digest, also when only its tag or digest
 *                     depends on a build argument ({@code FROM localhost:5000/dockci/x3-base:$BASE_TAG} with
 *                     {@code ARG BASE_TAG} without default); empty for a stage, {@code scratch}, a name a build
 *                     argument decides, or one Docker would refuse
 */
public record FromImage(BuildStage stage, Optional<String> expanded, Optional<BuildStage> earlierStage,
        Optional<ImageReference> repository) {

    /** Docker's empty image, which is never pulled. */
    public static final String SCRATCH = "scratch";

    /** Whether a build argument decides what it names, wholly or only its tag or digest. */
    public boolean dependsOnBuildArgument() {
        return expanded.isEmpty();
    }

    /** Whether it names Docker's empty image {@code scratch}. */
    public boolean isScratch() {
        return earlierStage.isEmpty() && expanded.filter(SCRATCH::equals).isPresent();
    }

    /** The image it names with its tag or digest, when the Dockerfile alone decides it; empty otherwise. */
    public Optional<ImageReference> reference() {
        return earlierStage.isPresent() || isScratch() ? Optional.empty() : expanded.flatMap(ImageReference::parse);
    }
}
