package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SingleHealthcheckPerStageTest {

    private final SingleHealthcheckPerStage rule = new SingleHealthcheckPerStage();

    @Test
    void everyHealthcheckAfterTheFirstOfAStageIsReported() {
        assertEquals(List.of(at(3, 1), at(4, 1)), positions(rule,
                "FROM debian:12",
                "HEALTHCHECK CMD /bin/check-a",
                "HEALTHCHECK CMD /bin/check-b",
                "HEALTHCHECK --interval=5s CMD /bin/check-c"));
    }

    @Test
    void healthcheckNoneCountsToo() {
        assertEquals(List.of(at(3, 1)),
                positions(rule, "FROM debian:12", "HEALTHCHECK NONE", "HEALTHCHECK CMD /bin/check"));
    }

    @Test
    void oneHealthcheckIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "HEALTHCHECK CMD /bin/check"));
        assertEquals(List.of(), positions(rule, "FROM debian:12"));
    }

    @Test
    void oneHealthcheckPerStageIsFine() {
        assertEquals(List.of(), positions(rule,
                "FROM debian:12 AS one",
                "HEALTHCHECK CMD /bin/check-a",
                "FROM debian:12",
                "HEALTHCHECK CMD /bin/check-b"));
    }
}
