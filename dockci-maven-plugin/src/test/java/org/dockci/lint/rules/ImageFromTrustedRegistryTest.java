package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ImageFromTrustedRegistryTest {

    private static ImageFromTrustedRegistry trusting(String... registries) {
        return new ImageFromTrustedRegistry(Set.of(registries));
    }

    @Test
    void withoutTrustedRegistriesTheRuleIsSilent() {
        assertEquals(List.of(), positions(trusting(), "FROM random.com/debian:12",
                "COPY --from=untrusted.com/tools:1 /bin/tool /bin/"));
    }

    @Test
    void imageFromAnotherRegistryIsReported() {
        assertEquals(List.of(at(1, 1)), positions(trusting("docker.io"), "FROM random.com/debian:12"));
    }

    @Test
    void imageFromATrustedRegistryIsFine() {
        assertEquals(List.of(), positions(trusting("x.com", "random.com"), "FROM random.com/debian:12"));
    }

    @Test
    void registryWithPortMustBeTrustedWithItsPort() {
        ImageFromTrustedRegistry rule = trusting("registry.lan:5000", "localhost:5000");
        assertEquals(List.of(), positions(rule, "FROM registry.lan:5000/base/jdk:21"));
        assertEquals(List.of(), positions(rule, "FROM localhost:5000/app:1"));
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM registry.lan/base/jdk:21"));
    }

    @Test
    void scratchIsNeverPulled() {
        assertEquals(List.of(), positions(trusting("x.com"), "FROM scratch"));
    }

    @Test
    void dockerHubInAllItsFormsIsTrustedAsDockerIo() {
        String dockerfile = """
                FROM ubuntu:18.04 AS builder1
                FROM zemanlx/ubuntu:18.04 AS builder2
                FROM docker.io/zemanlx/ubuntu:18.04 AS builder3
                """;
        assertEquals(List.of(), positions(trusting("docker.io"), dockerfile));
        assertEquals(List.of(), positions(trusting("hub.docker.com"), dockerfile));
        assertEquals(List.of(at(1, 1), at(2, 1), at(3, 1)), positions(trusting("trusted.com"), dockerfile));
    }

    @Test
    void earlierStagesAreNotPulled() {
        assertEquals(List.of(), positions(trusting("random.com"),
                "FROM random.com/foo:1 AS builder1",
                "FROM builder1 AS builder2"));
    }

    @Test
    void wildcardPrefixMatchesSubdomains() {
        ImageFromTrustedRegistry rule = trusting("x.com", "*.random.com");
        assertEquals(List.of(), positions(rule, "FROM foo.random.com/debian:12"));
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM evil.com/debian:12"));
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM random.com/debian:12"));
    }

    @Test
    void wildcardSuffixMatchesTheStartOfTheName() {
        ImageFromTrustedRegistry rule = trusting("registry.lan*");
        assertEquals(List.of(), positions(rule, "FROM registry.lan:5000/app:1"));
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM other.lan/app:1"));
    }

    @Test
    void starTrustsEverything() {
        assertEquals(List.of(), positions(trusting("*"), "FROM ubuntu:18.04", "FROM evil.com/x:1"));
    }

    @Test
    void copyFromAnUntrustedImageIsReported() {
        ImageFromTrustedRegistry rule = trusting("trusted.com");
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM trusted.com/debian:12",
                "COPY --from=untrusted.com/repo/image:tag /foo /bar"));
        assertEquals(List.of(), positions(rule, "FROM trusted.com/debian:12",
                "COPY --from=trusted.com/repo/image:tag /foo /bar"));
    }

    @Test
    void copyFromAStageIsFine() {
        assertEquals(List.of(), positions(trusting("trusted.com"),
                "FROM trusted.com/jdk:21 AS build",
                "FROM trusted.com/jre:21",
                "COPY --from=build /app.jar /",
                "COPY --from=0 /lib /lib"));
    }

    @Test
    void runMountFromAnUntrustedImageIsReported() {
        ImageFromTrustedRegistry rule = trusting("trusted.com");
        assertEquals(List.of(at(2, 1), at(3, 1)), positions(rule,
                "FROM trusted.com/debian:12",
                "RUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar",
                "RUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar",
                "RUN --mount=from=trusted.com/repo/image:tag,target=/foo foobar",
                "RUN --mount=type=cache,target=/root/.m2 mvn package"));
    }

    @Test
    void runMountFromAStageIsFine() {
        assertEquals(List.of(), positions(trusting("trusted.com"),
                "FROM trusted.com/jdk:21 AS build",
                "FROM trusted.com/jre:21",
                "RUN --mount=type=bind,from=build,source=/out,target=/in cp /in/app.jar /"));
    }

    @Test
    void registryFromAGlobalArgDefaultIsChecked() {
        ImageFromTrustedRegistry rule = trusting("registry.lan:5000");
        assertEquals(List.of(), positions(rule, "ARG REGISTRY=registry.lan:5000", "FROM ${REGISTRY}/base:1"));
        assertEquals(List.of(at(2, 1)), positions(rule, "ARG REGISTRY=evil.com", "FROM ${REGISTRY}/base:1"));
    }

    @Test
    void registryABuildArgumentDecidesIsNotChecked() {
        assertEquals(List.of(), positions(trusting("registry.lan:5000"), "ARG REGISTRY", "FROM ${REGISTRY}/base:1"));
    }
}
