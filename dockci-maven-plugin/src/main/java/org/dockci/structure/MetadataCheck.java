package org.dockci.structure;

import java.util.List;
import org.dockci.engine.ImageConfig;

/** The metadata test against an image's configuration, check by check as container-structure-test makes them. */
final class MetadataCheck {

    private MetadataCheck() {
    }

    static void check(MetadataTest test, ImageConfig image, List<String> errors) {
        for (KeyValue expected : test.envVars()) {
            String actual = image.environment().get(expected.key());
            if (actual == null) {
                errors.add("environment variable " + expected.key() + " is not set in the image");
            } else if (!expected.accepts(actual)) {
                errors.add("environment variable " + expected.key() + " is '" + actual + "', expected '"
                        + expected.value() + "'" + (expected.isRegex() ? " (regex)" : ""));
            }
        }
        for (KeyValue unbound : test.unboundEnvVars()) {
            if (image.environment().containsKey(unbound.key())) {
                errors.add("environment variable " + unbound.key() + " should not be set in the image");
            }
        }
        for (KeyValue expected : test.labels()) {
            String actual = image.labels().get(expected.key());
            if (actual == null) {
                errors.add("label " + expected.key() + " not found in the image");
            } else if (!expected.accepts(actual)) {
                errors.add("label " + expected.key() + " is '" + actual + "', expected '" + expected.value() + "'"
                        + (expected.isRegex() ? " (regex)" : ""));
            }
        }
        if (test.cmd() != null && !test.cmd().equals(image.cmd())) {
            errors.add("CMD is " + image.cmd() + ", expected " + test.cmd());
        }
        if (test.entrypoint() != null && !test.entrypoint().equals(image.entrypoint())) {
            errors.add("ENTRYPOINT is " + image.entrypoint() + ", expected " + test.entrypoint());
        }
        if (!test.workdir().isEmpty() && !test.workdir().equals(image.workdir())) {
            errors.add("WORKDIR is '" + image.workdir() + "', expected '" + test.workdir() + "'");
        }
        if (!test.user().isEmpty() && !test.user().equals(image.user())) {
            errors.add("USER is '" + image.user() + "', expected '" + test.user() + "'");
        }
        // container-structure-test compares port numbers: "8080", not "8080/tcp"
        List<String> ports = image.exposedPorts().stream().map(port -> port.replaceFirst("/.*$", "")).toList();
        test.exposedPorts().stream().filter(port -> !ports.contains(port))
                .forEach(port -> errors.add("port " + port + " is not exposed (EXPOSE " + String.join(" ", ports) + ")"));
        test.unexposedPorts().stream().filter(ports::contains)
                .forEach(port -> errors.add("port " + port + " should not be exposed"));
        test.volumes().stream().filter(volume -> !image.volumes().contains(volume))
                .forEach(volume -> errors.add("volume " + volume + " is not declared (VOLUME " + image.volumes() + ")"));
        test.unmountedVolumes().stream().filter(image.volumes()::contains)
                .forEach(volume -> errors.add("volume " + volume + " should not be declared"));
        test.healthcheckDeclared().ifPresent(expected -> {
            boolean declared = image.healthcheck().filter(check -> !check.equals(List.of("NONE"))).isPresent();
            if (expected && !declared) {
                errors.add("no HEALTHCHECK declared");
            } else if (!expected && declared) {
                errors.add("a HEALTHCHECK is declared: " + image.healthcheck().get());
            }
        });
    }
}
