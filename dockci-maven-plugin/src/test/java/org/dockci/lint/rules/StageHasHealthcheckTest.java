package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.lint.Severity;
import org.junit.jupiter.api.Test;

class StageHasHealthcheckTest {

    private final StageHasHealthcheck rule = new StageHasHealthcheck();

    @Test
    void stageWithoutHealthcheckFiresAtItsFrom() {
        assertEquals(List.of(at(1, 1)), positions(rule, "FROM debian:12", "RUN make"));
    }

    @Test
    void healthcheckOrHealthcheckNoneDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "HEALTHCHECK NONE"));
        assertEquals(List.of(), positions(rule, "FROM debian:12", "HEALTHCHECK CMD /bin/check"));
    }

    @Test
    void stageStartingFromOneWithAHealthcheckInheritsIt() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS base", "HEALTHCHECK CMD /bin/check", "FROM base"));
    }

    @Test
    void stagesOthersStartFromAreJudgedThroughThem() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS base1", "FROM base1 AS base2",
                "FROM base2 AS base3", "FROM base3 AS end", "HEALTHCHECK NONE"));
    }

    @Test
    void branchWithoutHealthcheckFires() {
        assertEquals(List.of(at(4, 1), at(9, 1)), positions(rule,
                "FROM debian:12 AS base1",
                "FROM base1 AS base2",
                "FROM base2 AS base3.1",
                "FROM base2 AS base3.2",
                "",
                "FROM base3.1 AS end1",
                "HEALTHCHECK NONE",
                "",
                "FROM base3.2 AS end2"));
    }

    @Test
    void healthcheckOfAStageNotStartedFromIsNotInherited() {
        assertEquals(List.of(at(3, 1)), positions(rule,
                "FROM debian:12 AS base", "HEALTHCHECK CMD /bin/check", "FROM debian:12"));
    }

    @Test
    void isOffUnlessItsLevelIsOverridden() {
        assertEquals(Severity.IGNORE, rule.severity());
    }
}
