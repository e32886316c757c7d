package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoZypperDistUpgradeTest {

    private final NoZypperDistUpgrade rule = new NoZypperDistUpgrade();

    @ParameterizedTest
    @ValueSource(strings = {"zypper dist-upgrade", "zypper -n dup", "zypper refresh && zypper dup -y"})
    void distUpgradeFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN zypper dup"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zypper update -y", "zypper patch -y", "apt-get dist-upgrade"})
    void updatesAndOtherProgramsDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }
}
