package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoAptTest {

    private final NoApt rule = new NoApt();

    @Test
    void aptFires() {
        assertEquals(List.of(at(2, 5)), positions(rule, "FROM ubuntu\nRUN apt install python\n"));
    }

    @Test
    void aptInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM ubuntu\nONBUILD RUN apt update\n"));
    }

    @Test
    void aptGetAptCacheAndAptAsAWordDoNotFire() {
        assertEquals(List.of(), positions(rule,
                "FROM ubuntu\nRUN apt-get update && apt-cache policy curl && echo apt\nRUN apt-get install -y apt\n"));
    }
}
