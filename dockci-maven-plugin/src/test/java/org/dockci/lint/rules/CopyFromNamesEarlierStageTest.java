package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.copyFrom;
import static org.dockci.lint.rules.RuleCheck.from;
import static org.dockci.lint.rules.RuleCheck.handBuilt;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyFromNamesEarlierStageTest {

    private final CopyFromNamesEarlierStage rule = new CopyFromNamesEarlierStage();

    @Test
    void unknownStageIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "COPY --from=foo bar ."));
        assertEquals(List.of(at(3, 1)), positions(rule, "FROM debian:12 AS build", "FROM alpine:3.20",
                "COPY --from=biuld /out /"));
    }

    @Test
    void stageDefinedLaterIsReported() {
        // Docker refuses a COPY from a later stage, so the parser does too: the model is made by hand
        assertEquals(List.of(at(2, 1)), positions(rule,
                handBuilt(from(1, "scratch", null), copyFrom(2, "build", "foo", "."), from(3, "node:20", "build"))));
    }

    @Test
    void earlierStageIsFine() {
        assertEquals(List.of(), positions(rule,
                "FROM scratch AS build",
                "RUN foo",
                "FROM node:20",
                "COPY --from=build foo .",
                "COPY --from=BUILD bar ."));
    }

    @Test
    void stageNumberOfAnEarlierStageIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS build", "FROM node:20", "COPY --from=0 foo ."));
        assertEquals(List.of(), positions(rule, "FROM debian:12", "FROM node:20", "COPY --from=0 foo ."));
    }

    @Test
    void stageNumberNotDefinedYetIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule,
                handBuilt(from(1, "debian:12", null), copyFrom(2, "1", "foo", "."), from(3, "node:20", null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"haskell:latest", "registry.lan:5000/tools:1.2", "busybox@sha256:"
        + "7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb"})
    void imageReferencesWithTagOrDigestAreFine(String from) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY --from=" + from + " bar ."));
    }

    @Test
    void copyWithoutFromIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY foo /opt/"));
    }
}
