package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YumCacheCleanedTest {

    private final YumCacheCleaned rule = new YumCacheCleaned();

    @ParameterizedTest
    @ValueSource(strings = {"yum install -y mariadb-10.4", "yum clean all && yum install -y mariadb-10.4",
        "yum install -y a-1 && rm -rf /tmp/*", "yum install -y a-1 && yum clean packages"})
    void installWithoutCleanAfterItFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN yum install -y a-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yum install -y mariadb-10.4 && yum clean all",
        "yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*", "bash -c `# not even a yum command`",
        "yum install -y a-1 && yum install -y b-1 && yum clean all",
        "--mount=type=cache,target=/var/cache/yum yum install -y a-1"})
    void cleanAfterTheLastInstallOrACacheMountDoesNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void findingPointsAtTheLastInstallThatNoCleanFollows() {
        assertEquals(List.of(at(4, 5)), positions(rule, "FROM debian:12",
                "RUN yum install -y a-1 \\",
                " && yum clean all \\",
                " && yum install -y b-1"));
    }
}
