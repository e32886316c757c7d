package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.lint.Severity;
import org.junit.jupiter.api.Test;

class NoInlineIgnorePragmaTest {

    private final NoInlineIgnorePragma rule = new NoInlineIgnorePragma();

    @Test
    void instructionPragmaIsReportedAtItsLine() {
        assertEquals(List.of(at(2, 1), at(5, 1)), positions(rule, "FROM debian:12", "# hadolint ignore=DL3003",
                "RUN cd /tmp && make", "", "# dockci ignore=DL3008, DL3015", "RUN apt-get install -y make"));
    }

    @Test
    void stageAndGlobalPragmasAndOtherCommentsAreNotReported() {
        assertEquals(List.of(), positions(rule, "# hadolint global ignore=DL3059", "# hadolint stage ignore=DL3006",
                "FROM debian", "# hadolint shell=powershell", "# install the tools", "RUN make"));
    }

    @Test
    void isOffUnlessItsLevelIsOverridden() {
        assertEquals(Severity.IGNORE, rule.severity());
    }
}
