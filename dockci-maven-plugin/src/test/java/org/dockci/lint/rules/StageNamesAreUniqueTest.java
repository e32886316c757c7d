package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StageNamesAreUniqueTest {

    private final StageNamesAreUnique rule = new StageNamesAreUnique();

    @Test
    void everyReuseOfAStageNameIsReported() {
        assertEquals(List.of(at(3, 1), at(4, 1)), positions(rule,
                "FROM node:20 AS foo",
                "RUN something",
                "FROM scratch AS foo",
                "FROM debian:12 AS foo"));
    }

    @Test
    void namesDifferingOnlyInCaseAreTheSame() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM node:20 AS Build", "FROM node:20 AS build"));
    }

    @Test
    void uniqueNamesAreFine() {
        assertEquals(List.of(), positions(rule, "FROM scratch AS build", "RUN foo", "FROM node:20 AS run"));
    }

    @Test
    void unnamedStagesAreFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "FROM debian:12"));
    }
}
