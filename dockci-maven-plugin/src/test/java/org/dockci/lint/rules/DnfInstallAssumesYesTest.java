package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnfInstallAssumesYesTest {

    private final DnfInstallAssumesYes rule = new DnfInstallAssumesYes();

    @ParameterizedTest
    @ValueSource(strings = {"dnf install httpd-2.4.24 && dnf clean all", "microdnf install httpd-2.4.24",
        "dnf groupinstall \"Development Tools\"", "dnf localinstall ./a-1.rpm"})
    void installWithoutYesFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN dnf install httpd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dnf install -y httpd-2.4.24 && dnf clean all", "microdnf install -y httpd-2.4.24",
        "dnf --assumeyes install a-1", "notdnf install httpd", "dnf upgrade"})
    void yesOrOtherCommandsDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }
}
