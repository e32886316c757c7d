package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WgetSetsProgressTest {

    private final WgetSetsProgress rule = new WgetSetsProgress();

    @Test
    void wgetWithDefaultProgressFires() {
        assertEquals(List.of(at(2, 5), at(3, 5)),
                positions(rule, "FROM debian\nRUN wget my.xyz\nRUN wget -O /tmp/file my.xyz\n"));
    }

    @Test
    void wgetInAnOnbuildTriggerFires() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian\nONBUILD RUN wget my.xyz\n"));
    }

    @Test
    void progressOptionDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN wget --progress=dot:giga my.xyz\n"));
    }

    @Test
    void quietOrNonVerboseOptionsDoNotFire() {
        for (String option : List.of("-q", "--quiet", "-nv", "--no-verbose")) {
            assertEquals(List.of(), positions(rule, "FROM debian\nRUN wget " + option + " my.xyz\n"), option);
        }
    }

    @Test
    void logFileOptionsDoNotFire() {
        for (String option : List.of("-o /tmp/wget.log", "--output-file=/tmp/wget.log", "-a /tmp/wget.log",
                "--append-output=/tmp/wget.log")) {
            assertEquals(List.of(), positions(rule, "FROM debian\nRUN wget " + option + " my.xyz\n"), option);
        }
    }

    @Test
    void curlDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian\nRUN curl -fsSLO my.xyz\n"));
    }
}
