package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnfCacheCleanedTest {

    private final DnfCacheCleaned rule = new DnfCacheCleaned();

    @ParameterizedTest
    @ValueSource(strings = {"dnf install -y mariadb-10.4", "microdnf install -y mariadb-10.4",
        "dnf in -y mariadb-10.4", "microdnf clean all && dnf install -y mariadb-10.4",
        "rm -rf /var/cache/libdnf5 && dnf install -y a-1", "dnf -y upgrade", "dnf -y up", "dnf -y upgrade-minimal",
        "dnf -y up-min", "dnf -y reinstall", "dnf -y rei", "dnf install -y a-1 && rm -rf /tmp/*",
        "microdnf install -y a-1 && dnf clean all"})
    void downloadWithoutCleanAfterItFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN dnf install -y a-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dnf install -y mariadb-10.4 && dnf clean all", "dnf in -y a-1 && dnf clean all",
        "microdnf install -y a-1 && microdnf clean all", "notdnf install mariadb",
        "dnf install -y a-1 && rm -rf /var/cache/yum/*", "dnf install -y a-1 && rm -rf /var/cache/dnf",
        "dnf install -y a-1 && rm -rf /var/cache/libdnf5*",
        "--mount=type=cache,target=/var/cache/libdnf5 dnf install -y a-1",
        "--mount=type=tmpfs,target=/root/.cache/libdnf5 microdnf install -y a-1", "dnf -y upgrade && dnf clean all"})
    void cleanAfterTheLastDownloadOrACacheMountDoesNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }
}
