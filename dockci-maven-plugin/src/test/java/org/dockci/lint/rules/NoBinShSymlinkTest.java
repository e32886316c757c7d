package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoBinShSymlinkTest {

    private final NoBinShSymlink rule = new NoBinShSymlink();

    @Test
    void linkingBinShFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM debian\nRUN ln -sfv /bin/bash /bin/sh\n"));
    }

    @Test
    void linkingBinShInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian\nONBUILD RUN ln -sf /bin/bash /bin/sh\n"));
    }

    @Test
    void otherLinksDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN ln -sf /bin/true /sbin/initctl\n"));
    }

    @Test
    void binShGivenToAnotherCommandDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN ln -s foo bar && something_with /bin/sh\n"));
    }
}
