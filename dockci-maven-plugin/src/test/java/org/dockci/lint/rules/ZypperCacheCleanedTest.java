package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZypperCacheCleanedTest {

    private final ZypperCacheCleaned rule = new ZypperCacheCleaned();

    @ParameterizedTest
    @ValueSource(strings = {"zypper install -y mariadb=10.4", "zypper clean && zypper install -y mariadb=10.4",
        "zypper in -y a=1 && zypper clean && zypper in -y b=1"})
    void installWithoutCleanAfterItFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN zypper in -y a=1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zypper install -y mariadb=10.4 && zypper clean",
        "zypper install -y mariadb=10.4 && zypper cc",
        "--mount=type=cache,target=/var/cache/zypp zypper install -y mariadb",
        "--mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb", "zypper refresh"})
    void cleanAfterTheLastInstallOrACacheMountDoesNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }
}
