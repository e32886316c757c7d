package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YumInstallPinsVersionsTest {

    private final YumInstallPinsVersions rule = new YumInstallPinsVersions();

    @ParameterizedTest
    @ValueSource(strings = {"yum install -y tomcat && yum clean all", "yum install -y rpm-sign",
        "yum install -y epel-release", "yum module install -y tomcat && yum clean all",
        "yum install -y tomcat-9.2 httpd", "yum install -y git-core-${UNDECLARED}"})
    void unpinnedPackageOrModuleFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN yum install -y tomcat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yum install -y tomcat-9.2 && yum clean all", "yum install -y openssl-1:1.1.1k",
        "yum install -y rpm-sign-4.16.1.3", "yum install -y gcc-c++-1.1.1", "yum module install -y tomcat:9",
        "yum install -y ./local.rpm", "yum group install -y \"Development Tools\"",
        "bash -c `# not even a yum command`", "dnf install -y tomcat"})
    void pinnedPackagesModulesAndGroupsDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void versionFromAnEnvOfTheStageOrAnArgCounts() {
        assertEquals(List.of(), positions(rule, "FROM fedora:42", "ENV version=2.51.0-2.fc42",
                "RUN yum -y install git-core-${version}"));
        assertEquals(List.of(), positions(rule, "ARG version=2.51.0-2.fc42", "FROM fedora:42",
                "RUN yum -y install git-core-$version"));
    }

    @Test
    void envIsInheritedFromTheStageStartedFromAndArgsFromAnyEarlierStage() {
        assertEquals(List.of(), positions(rule, "FROM fedora:42 AS build", "ENV version=2.51.0-2.fc42",
                "FROM build", "RUN yum -y install git-core-${version}"));
        assertEquals(List.of(), positions(rule, "FROM fedora:42 AS build", "ARG version=2.51.0-2.fc42",
                "FROM fedora:42", "RUN yum -y install git-core-${version}"));
    }

    @Test
    void envOfAnotherStageDoesNotCount() {
        assertEquals(List.of(at(4, 5)), positions(rule, "FROM fedora:42 AS build", "ENV version=2.51.0-2.fc42",
                "FROM fedora:42", "RUN yum -y install git-core-${version}"));
    }
}
