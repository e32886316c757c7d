package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkdirIsAbsoluteTest {

    private final WorkdirIsAbsolute rule = new WorkdirIsAbsolute();

    @ParameterizedTest
    @ValueSource(strings = {"relative/dir", "\"relative/dir\"", "'relative/dir'", "app"})
    void relativeWorkdirIsReported(String path) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "WORKDIR " + path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr/local", "\"/usr/local\"", "'/usr/local'", "/"})
    void absoluteWorkdirIsFine(String path) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "WORKDIR " + path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${work}", "\"${dir}\"", "$HOME/app"})
    void workdirStartingWithVariableIsFine(String path) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "WORKDIR " + path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:/", "\"C:/\"", "d:/app"})
    void windowsDriveIsAbsolute(String path) {
        assertEquals(List.of(),
                positions(rule, "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "WORKDIR " + path));
    }

    @Test
    void windowsPathWithBackslashesIsAbsolute() {
        assertEquals(List.of(), positions(rule, "# escape=`", "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
                "WORKDIR C:\\app"));
    }

    @Test
    void everyRelativeWorkdirIsReported() {
        assertEquals(List.of(at(2, 1), at(4, 1)),
                positions(rule, "FROM debian:12", "WORKDIR app", "WORKDIR /srv", "WORKDIR data"));
    }
}
