package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Flag;
import org.dockci.dockerfile.FromImage;
import org.dockci.dockerfile.ImageReference;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3026: every image the build pulls (FROM, {@code COPY --from}, {@code RUN --mount=from=}) comes
 * from a trusted registry. An image from anywhere else runs code nobody vetted, in a build that can
 * push to the private registry. With no trusted registry configured the rule is silent.
 *
 * <p>A trusted registry is a host name, {@code *.suffix}, {@code prefix*} or {@code *}; Docker Hub
 * images, named with or without {@code docker.io}, need {@code docker.io} or {@code hub.docker.com}.
 * Stages and {@code scratch} are never pulled. Global ARG defaults are applied to FROM images (an
 * image a build argument decides is not checked); other values with a variable are not checked.
 */
public final class ImageFromTrustedRegistry implements Rule {

    private static final List<String> DOCKER_HUB_NAMES = List.of("docker.io", "hub.docker.com");

    private final Set<String> trustedRegistries;

    /** A rule trusting {@code trustedRegistries} (hadolint's {@code trustedRegistries}). */
    public ImageFromTrustedRegistry(Set<String> trustedRegistries) {
        Set<String> lowerCase = new TreeSet<>();
        for (String registry : trustedRegistries) {
            lowerCase.add(registry.trim().toLowerCase(Locale.ROOT));
        }
        this.trustedRegistries = Set.copyOf(lowerCase);
    }

    @Override
    public String code() {
        return "DL3026";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Use only an allowed registry in the FROM image";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (trustedRegistries.isEmpty()) {
            return List.of();
        }
        BuildStages stages = BuildStages.of(input);
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : stages.all()) {
            FromImage image = stages.fromImage(stage);
            boolean trustedFrom = image.dependsOnBuildArgument() || image.earlierStage().isPresent()
                    || isTrusted(image.expanded().orElseThrow());
            if (!trustedFrom) {
                violations.add(Violation.at(stage.from(), null));
            }
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Copy copy && BuildStages.copiedFrom(copy)
                        .filter(from -> !isStageOrTrusted(from, stage, stages)).isPresent()) {
                    violations.add(Violation.at(copy, null));
                }
                if (instruction instanceof Instruction.Run run && mountSources(run).stream()
                        .anyMatch(from -> !isStageOrTrusted(from, stage, stages))) {
                    violations.add(Violation.at(run, null));
                }
            }
        }
        return violations;
    }

    /** Whether {@code from}, a {@code --from} of {@code stage}, is a stage, a variable or a trusted image. */
    private boolean isStageOrTrusted(String from, BuildStage stage, BuildStages stages) {
        return BuildStages.isStageNumber(from) || from.contains("$")
                || stages.stageNamed(from, stage.index() + 1).isPresent() || isTrusted(from);
    }

    private boolean isTrusted(String reference) {
        if (reference.equals(FromImage.SCRATCH)) {
            return true;
        }
        return ImageReference.parse(reference).map(image -> {
            List<String> registries = image.onDockerHub() ? DOCKER_HUB_NAMES : List.of(image.domain());
            return registries.stream().anyMatch(this::isTrustedRegistry);
        }).orElse(true);
    }

    private boolean isTrustedRegistry(String registry) {
        String name = registry.toLowerCase(Locale.ROOT);
        for (String trusted : trustedRegistries) {
            boolean matches;
            if (trusted.equals("*")) {
                matches = true;
            } else if (trusted.startsWith("*")) {
                matches = name.endsWith(trusted.substring(1));
            } else if (trusted.endsWith("*")) {
                matches = name.startsWith(trusted.substring(0, trusted.length() - 1));
            } else {
                matches = name.equals(trusted);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** The {@code from} of each bind or cache mount of {@code run} (a bind mount is the default type). */
    private static List<String> mountSources(Instruction.Run run) {
        List<String> sources = new ArrayList<>();
        for (Flag flag : run.source().flags()) {
            if (!flag.name().equals("mount") || flag.value() == null) {
                continue;
            }
            String type = "bind";
            String from = null;
            for (String field : flag.value().split(",")) {
                int equals = field.indexOf('=');
                String key = (equals < 0 ? field : field.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
                String value = equals < 0 ? "" : ContainerPath.unquoted(field.substring(equals + 1).trim());
                if (key.equals("type")) {
                    type = value.toLowerCase(Locale.ROOT);
                } else if (key.equals("from")) {
                    from = value;
                }
            }
            if (from != null && (type.equals("bind") || type.equals("cache"))) {
                sources.add(from);
            }
        }
        return sources;
    }
}
