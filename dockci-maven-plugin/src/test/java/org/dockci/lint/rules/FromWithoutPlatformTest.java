package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FromWithoutPlatformTest {

    private final FromWithoutPlatform rule = new FromWithoutPlatform();

    @ParameterizedTest
    @ValueSource(strings = {"linux", "linux/amd64", "$OTHER_PLATFORM"})
    void fixedPlatformIsReported(String platform) {
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM --platform=" + platform + " debian:12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$BUILDPLATFORM", "\"$BUILDPLATFORM\"", "${BUILDPLATFORM}", "${BUILDPLATFORM:-}",
        "\"${BUILDPLATFORM:-}\"", "$TARGETPLATFORM"})
    void platformOfTheBuildIsFine(String platform) {
        assertEquals(List.of(), positions(rule, "FROM --platform=" + platform + " debian:12"));
    }

    @Test
    void fromWithoutPlatformIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12"));
    }

    @Test
    void everyStageIsChecked() {
        assertEquals(List.of(at(2, 1)), positions(rule,
                "FROM --platform=$BUILDPLATFORM golang:1.22 AS build",
                "FROM --platform=linux/arm64 alpine:3.20"));
    }
}
