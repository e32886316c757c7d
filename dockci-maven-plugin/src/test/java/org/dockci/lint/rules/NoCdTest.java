package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoCdTest {

    private final NoCd rule = new NoCd();

    @Test
    void cdInARunFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM debian\nRUN cd /opt && make\n"));
    }

    @Test
    void cdInASubshellOrAfterOtherCommandsFires() {
        assertEquals(List.of(at(2, 6), at(3, 15)),
                positions(rule, "FROM debian\nRUN (cd /src && make)\n  RUN make && cd / && ls\n"));
    }

    @Test
    void aRunFiresOnceHoweverManyCdItHas() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM debian\nRUN cd /a && cd /b\n"));
    }

    @Test
    void workdirAndCdAsAWordDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nWORKDIR /opt\nRUN echo cd && make cd\nCMD cd /x\n"));
    }

    @Test
    void onbuildTriggersAreNotChecked() {
        assertEquals(List.of(), positions(rule, "FROM debian\nONBUILD RUN cd /app && make\n"));
    }
}
