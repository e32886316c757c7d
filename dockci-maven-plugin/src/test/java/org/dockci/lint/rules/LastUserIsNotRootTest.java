package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LastUserIsNotRootTest {

    private final LastUserIsNotRoot rule = new LastUserIsNotRoot();

    @ParameterizedTest
    @ValueSource(strings = {"root", "0", "root:root", "0:0", "root:staff"})
    void rootAsLastUserIsReported(String user) {
        assertEquals(List.of(at(3, 1)), positions(rule, "FROM debian:12", "RUN true", "USER " + user));
    }

    @ParameterizedTest
    @ValueSource(strings = {"app", "1000", "1000:0", "rootless", "${APP_USER}"})
    void otherUsersAreFine(String user) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "USER " + user));
    }

    @Test
    void switchingBackToAnotherUserIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "USER root", "RUN apt-get update", "USER app"));
    }

    @Test
    void onlyTheLastUserOfTheStageCounts() {
        assertEquals(List.of(at(4, 1)), positions(rule, "FROM debian:12", "USER app", "RUN make", "USER root"));
    }

    @Test
    void imageWithoutUserIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN make"));
    }

    @Test
    void rootInheritedFromTheStageTheLastOneStartsFromIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule,
                "FROM debian:12 AS base",
                "USER root",
                "RUN make",
                "FROM base",
                "RUN make install"));
    }

    @Test
    void rootInABuilderStageIsFineWhenTheLastStageSwitchesUser() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:12 AS build",
                "USER root",
                "RUN make",
                "FROM debian:12",
                "USER app"));
    }

    @Test
    void rootInABuilderStageTheLastStageDoesNotStartFromIsFine() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:12 AS build",
                "USER root",
                "FROM alpine:3.20",
                "RUN true"));
    }

    @Test
    void lastStageOwnUserWinsOverTheInheritedOne() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS base", "USER root", "FROM base", "USER app"));
    }
}
