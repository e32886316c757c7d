package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YumInstallAssumesYesTest {

    private final YumInstallAssumesYes rule = new YumInstallAssumesYes();

    @ParameterizedTest
    @ValueSource(strings = {"yum install httpd-2.4.24 && yum clean all", "yum groupinstall \"Development Tools\"",
        "yum localinstall ./a-1.rpm", "make && yum install -q httpd-2.4.24"})
    void installWithoutYesFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN yum install httpd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yum install -y httpd-2.4.24 && yum clean all", "yum --assumeyes install httpd-2.4.24",
        "yum -qy install a-1", "bash -c `# not even a yum command`", "yum update", "dnf install httpd"})
    void yesOrOtherCommandsDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }
}
