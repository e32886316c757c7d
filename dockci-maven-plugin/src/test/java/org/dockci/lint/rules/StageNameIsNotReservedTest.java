package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StageNameIsNotReservedTest {

    private final StageNameIsNotReserved rule = new StageNameIsNotReserved();

    @Test
    void stageNamedScratchOrContextFires() {
        assertEquals(List.of(at(1, 1), at(2, 1), at(3, 1)),
                positions(rule, "FROM debian:12 AS scratch", "FROM debian:12 AS context", "FROM debian:12 AS Scratch"));
    }

    @Test
    void otherNamesAndTheImageScratchDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS build", "FROM scratch", "FROM scratch AS final"));
    }
}
