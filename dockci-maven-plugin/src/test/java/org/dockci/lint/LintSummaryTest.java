package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.Position;
import org.junit.jupiter.api.Test;

class LintSummaryTest {

    private static Finding finding(Severity severity) {
        return new Finding("Dockerfile", new Position(1, 1), severity, "DL3000", "m");
    }

    private static LintedFile linted(Finding... findings) {
        return new LintedFile("Dockerfile", true, List.of("DL3000"), List.of(findings), FailureThreshold.ERROR);
    }

    @Test
    void countsFindingsOfEachSeverityOverAllFiles() {
        LintSummary summary = LintSummary.of(List.of(
                linted(finding(Severity.WARNING), finding(Severity.INFO)),
                linted(finding(Severity.WARNING), finding(Severity.WARNING), finding(Severity.STYLE))));

        assertEquals(new LintSummary(2, 0, 3, 1, 1), summary);
        assertEquals("2 files, 0 errors, 3 warnings, 1 info, 1 style", summary.toString());
    }

    @Test
    void oneIsSingular() {
        assertEquals("1 file, 1 error, 1 warning, 0 info, 0 style",
                LintSummary.of(List.of(linted(finding(Severity.ERROR), finding(Severity.WARNING)))).toString());
    }

    @Test
    void nothingLintedIsZeroFiles() {
        assertEquals("0 files, 0 errors, 0 warnings, 0 info, 0 style", LintSummary.of(List.of()).toString());
    }
}
