package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZypperInstallPinsVersionsTest {

    private final ZypperInstallPinsVersions rule = new ZypperInstallPinsVersions();

    @ParameterizedTest
    @ValueSource(strings = {"zypper install -y tomcat && zypper clean", "zypper in -y tomcat=9.0.39 git",
        "zypper install -y -r main tomcat"})
    void unpinnedPackageFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN zypper install -y tomcat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zypper install -y tomcat=9.0.39 && zypper clean", "zypper install -y tomcat\\>=9.0",
        "zypper install -y tomcat\\>9.0", "zypper install -y tomcat\\<=9.0", "zypper install -y \"tomcat<9.0\"",
        "zypper install -y tomcat-9.0.39-1.rpm", "zypper install -y -t pattern devel_basis",
        "zypper install -y --from main tomcat=9.0.39", "zypper refresh"})
    void pinnedPackagesAndPatternsDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }
}
