package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FromPlatformIsNotTargetPlatformTest {

    private final FromPlatformIsNotTargetPlatform rule = new FromPlatformIsNotTargetPlatform();

    @Test
    void targetPlatformWithOrWithoutBracesFires() {
        assertEquals(List.of(at(1, 1), at(2, 1), at(3, 1)), positions(rule, "FROM --platform=$TARGETPLATFORM alpine:3",
                "FROM --platform=${TARGETPLATFORM} alpine:3", "FROM --platform=\"$TARGETPLATFORM\" alpine:3"));
    }

    @Test
    void otherPlatformsOrNoneDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM alpine:3", "FROM --platform=$BUILDPLATFORM golang:1 AS build",
                "FROM --platform=linux/arm64 alpine:3", "FROM --platform=$FOOBAR alpine:3"));
    }
}
