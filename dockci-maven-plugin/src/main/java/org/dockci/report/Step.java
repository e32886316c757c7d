package org.dockci.report;

import java.util.Optional;

/** A step of a container's build, as the timeline shows it: the goals of the wiring in containers/pom.xml. */
public enum Step {
    LINT("lint"), DETECT("detect"), BUILD("build"), PACKAGES("packages"), START("start"), STRUCTURE("structure"),
    TESTS("ITs"), STOP("stop"), PUSH("push");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    /** How the report names it. */
    public String label() {
        return label;
    }

    /** The step goal {@code goal} of plugin {@code artifactId} is; empty for a goal outside the steps (compiler, install). */
    public static Optional<Step> of(String artifactId, String goal) {
        return Optional.ofNullable(switch (artifactId + ":" + goal) {
            case "dockci-maven-plugin:lint" -> LINT;
            case "dockci-maven-plugin:detect" -> DETECT;
            case "dockci-maven-plugin:sbom" -> PACKAGES;
            case "dockci-maven-plugin:structure" -> STRUCTURE;
            case "dockci-maven-plugin:push" -> PUSH;
            case "docker-maven-plugin:build" -> BUILD;
            case "docker-maven-plugin:start" -> START;
            case "docker-maven-plugin:stop" -> STOP;
            case "docker-maven-plugin:tag", "docker-maven-plugin:push" -> PUSH;
            case "maven-failsafe-plugin:integration-test" -> TESTS;
            default -> null;
        });
    }
}
