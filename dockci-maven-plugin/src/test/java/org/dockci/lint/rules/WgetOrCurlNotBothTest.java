package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WgetOrCurlNotBothTest {

    private final WgetOrCurlNotBoth rule = new WgetOrCurlNotBoth();

    @Test
    void runThatUsesTheSecondToolFires() {
        assertEquals(List.of(at(3, 5)), positions(rule, "FROM node AS foo\nRUN wget my.xyz\nRUN curl localhost\n"));
    }

    @Test
    void bothInOneRunFire() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM node\nRUN wget my.xyz && curl localhost\n"));
    }

    @Test
    void onlyRunsUsingOneOfThemFire() {
        assertEquals(List.of(at(3, 5), at(5, 5)),
                positions(rule, "FROM node\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n"));
    }

    @Test
    void onlyOneToolDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM node\nRUN wget my.xyz\nRUN wget -q foo.com\n"));
    }

    @Test
    void eachStageCountsApart() {
        assertEquals(List.of(),
                positions(rule, "FROM node AS foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n"));
        assertEquals(List.of(at(3, 5)), positions(rule,
                "FROM node AS foo\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost\n"));
    }

    @Test
    void onbuildTriggersCountApartFromRuns() {
        assertEquals(List.of(), positions(rule, "FROM node\nRUN wget my.xyz\nONBUILD RUN curl localhost\n"));
        assertEquals(List.of(at(3, 13)),
                positions(rule, "FROM node\nONBUILD RUN wget my.xyz\nONBUILD RUN curl localhost\n"));
    }
}
