package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZypperIsNonInteractiveTest {

    private final ZypperIsNonInteractive rule = new ZypperIsNonInteractive();

    @ParameterizedTest
    @ValueSource(strings = {"zypper install httpd=2.4.24 && zypper clean", "zypper in curl", "zypper remove curl",
        "zypper rm curl", "zypper source-install curl", "zypper si curl", "zypper patch"})
    void commandThatAsksFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN zypper install curl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zypper install -n httpd=2.4.24", "zypper -n install httpd=2.4.24",
        "zypper --non-interactive in curl", "zypper install -y curl", "zypper rm --no-confirm curl", "zypper refresh",
        "zypper clean"})
    void nonInteractiveOrOtherCommandsDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }
}
