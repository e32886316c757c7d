package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.dockci.lint.Finding;
import org.junit.jupiter.api.Test;

class LintFormatsTest {

    private static final Finding ERROR = Fixture.linted(0).get(0).findings().get(2);

    @Test
    void commaListsAndSeveralEntriesAddUpInAnyCase() {
        LintFormats formats = LintFormats.parse(List.of("sarif, GitLab", "junit,,")).orElseThrow();

        assertEquals(EnumSet.of(LintFormat.SARIF, LintFormat.GITLAB, LintFormat.JUNIT), formats.chosen());
        assertEquals("sarif,gitlab,junit", formats.toString());
    }

    @Test
    void nothingNamedLeavesTheChoiceToOthers() {
        assertEquals(Optional.empty(), LintFormats.parse(List.of()));
        assertEquals(Optional.empty(), LintFormats.parse(List.of(" ", ",")));
    }

    @Test
    void defaultIsWhatWasWrittenBeforeFormatsExisted() {
        assertEquals(EnumSet.of(LintFormat.TTY, LintFormat.JUNIT, LintFormat.CHECKSTYLE), LintFormats.DEFAULT.chosen());
    }

    @Test
    void hadolintsGitlabNameIsTaken() {
        assertEquals(LintFormat.GITLAB, LintFormat.parse("gitlab_codeclimate"));
    }

    @Test
    void unknownFormatIsRefusedNamingTheFormatsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LintFormats.parse(List.of("sarif,gnu")));

        assertTrue(e.getMessage().startsWith("unknown format 'gnu': use tty, hadolint, json, sarif, gitlab, checkstyle"
                + " or junit"), e.getMessage());
    }

    @Test
    void everyFileFormatHasItsOwnFile() {
        assertEquals(Optional.empty(), LintFormat.TTY.fileName());
        assertEquals(6, EnumSet.allOf(LintFormat.class).stream().map(LintFormat::fileName).flatMap(Optional::stream)
                .distinct().count());
        // lint.json is the run report's record of the findings: no format may take its name
        assertFalse(EnumSet.allOf(LintFormat.class).stream().map(LintFormat::fileName).flatMap(Optional::stream)
                .anyMatch("lint.json"::equals));
    }

    @Test
    void consoleShowsTheChosenLineFormats() {
        String tty = "containers/web/Dockerfile:4:1: error DL3020 Use COPY instead of ADD for files and folders";
        String hadolint = "containers/web/Dockerfile:4 DL3020 error: Use COPY instead of ADD for files and folders";

        assertEquals(List.of(tty), LintFormats.DEFAULT.consoleLines(ERROR));
        assertEquals(List.of(hadolint), LintFormats.parse(List.of("hadolint,sarif")).orElseThrow().consoleLines(ERROR));
        assertEquals(List.of(tty, hadolint), LintFormats.parse(List.of("tty,hadolint")).orElseThrow()
                .consoleLines(ERROR));
    }

    @Test
    void consoleNeverGoesSilent() {
        assertEquals(List.of(ERROR.toString()), LintFormats.parse(List.of("gitlab")).orElseThrow().consoleLines(ERROR));
    }
}
