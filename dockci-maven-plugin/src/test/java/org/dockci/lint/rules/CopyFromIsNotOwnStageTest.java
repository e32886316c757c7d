package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.copyFrom;
import static org.dockci.lint.rules.RuleCheck.from;
import static org.dockci.lint.rules.RuleCheck.handBuilt;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CopyFromIsNotOwnStageTest {

    private final CopyFromIsNotOwnStage rule = new CopyFromIsNotOwnStage();

    // Docker refuses a COPY from its own stage, so the parser does too: these models are made by hand.

    @Test
    void copyFromTheOwnStageNameIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule,
                handBuilt(from(1, "node:20", "foo"), copyFrom(2, "foo", "bar", "."))));
    }

    @Test
    void ownStageNameIsMatchedWithoutCase() {
        assertEquals(List.of(at(2, 1)), positions(rule,
                handBuilt(from(1, "node:20", "Foo"), copyFrom(2, "foo", "bar", "."))));
    }

    @Test
    void copyFromTheOwnStageNumberIsReported() {
        assertEquals(List.of(at(3, 1)), positions(rule,
                handBuilt(from(1, "debian:12", "build"), from(2, "node:20", null), copyFrom(3, "1", "bar", "."))));
    }

    @Test
    void copyFromAnotherStageIsFine() {
        assertEquals(List.of(), positions(rule,
                "FROM scratch AS build",
                "RUN foo",
                "FROM node:20 AS run",
                "COPY --from=build foo .",
                "COPY --from=0 bar ."));
    }

    @Test
    void unnamedStageDoesNotMatchAnImage() {
        assertEquals(List.of(), positions(rule, "FROM node:20", "COPY --from=node:20 bar ."));
    }
}
