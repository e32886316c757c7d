package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnfInstallPinsVersionsTest {

    private final DnfInstallPinsVersions rule = new DnfInstallPinsVersions();

    @ParameterizedTest
    @ValueSource(strings = {"dnf install -y tomcat && dnf clean all", "microdnf install -y tomcat",
        "dnf install -y rpm-sign", "microdnf install -y rpm-sign", "dnf module install -y tomcat",
        "microdnf module install -y tomcat && microdnf clean all"})
    void unpinnedPackageOrModuleFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM debian:12", "ONBUILD RUN microdnf install -y tomcat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dnf install -y tomcat-9.0.1 && dnf clean all", "microdnf install -y tomcat-9.0.1",
        "notdnf install tomcat", "dnf install -y rpm-sign-4.16.1.3", "dnf install -y gcc-c++-1.1.1",
        "microdnf install -y openssl-1:1.1.1k", "dnf module install -y tomcat:9", "notdnf module install tomcat",
        "dnf -y group install \"Development Tools\"",
        "dnf -y --setopt=group_package_types=mandatory group install \"Development Tools\"",
        "microdnf group install -y \"Development Tools\""})
    void pinnedPackagesModulesAndGroupsDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "RUN " + command));
    }

    @Test
    void versionFromAnEnvOfTheStageOrAnArgCounts() {
        assertEquals(List.of(), positions(rule, "FROM fedora:42", "ENV version=2.51.0-2.fc42",
                "RUN dnf -y install git-core-${version}"));
        assertEquals(List.of(), positions(rule, "ARG version=2.51.0-2.fc42", "FROM fedora:42",
                "RUN dnf -y install git-core-$version"));
    }

    @Test
    void envIsInheritedFromTheStageStartedFromAndArgsFromAnyEarlierStage() {
        assertEquals(List.of(), positions(rule, "FROM fedora:42 AS build", "ENV version=2.51.0-2.fc42",
                "FROM build", "RUN dnf -y install git-core-${version}"));
        assertEquals(List.of(), positions(rule, "FROM fedora:42 AS build", "ARG version=2.51.0-2.fc42",
                "FROM fedora:42", "RUN dnf -y install git-core-${version}"));
    }

    @Test
    void envOfAnotherStageDoesNotCount() {
        assertEquals(List.of(at(4, 5)), positions(rule, "FROM fedora:42 AS build", "ENV version=2.51.0-2.fc42",
                "FROM fedora:42", "RUN dnf -y install git-core-${version}"));
    }
}
