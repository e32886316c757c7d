package org.dockci.lint;

import static org.dockci.lint.HandBuilt.comment;
import static org.dockci.lint.HandBuilt.dockerfile;
import static org.dockci.lint.HandBuilt.from;
import static org.dockci.lint.HandBuilt.run;
import static org.dockci.lint.HandBuilt.withErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Keyword;
import org.dockci.dockerfile.Position;
import org.dockci.dockerfile.SyntaxError;
import org.dockci.lint.HandBuilt.FakeRule;
import org.dockci.lint.shellcheck.ShellCheckFinding;
import org.junit.jupiter.api.Test;

/** ShellCheck's findings go through the same ignores, overrides and pragmas as the rules'. */
class LinterShellCheckTest {

    private static final FakeRule NO_RUN = FakeRule.flagging("DL9001", Severity.WARNING, Keyword.RUN);

    // RUN on 2 and 3 (continued), RUN on 5 after a pragma on 4
    private static final List<ShellCheckFinding> FOUND = List.of(
            new ShellCheckFinding("SC2086", Severity.INFO, new Position(3, 10), "Double quote to prevent globbing"),
            new ShellCheckFinding("SC2154", Severity.WARNING, new Position(2, 12), "app is referenced but not assigned."),
            new ShellCheckFinding("SC2086", Severity.INFO, new Position(5, 6), "Double quote to prevent globbing"));

    private static Dockerfile withPragma(String pragma) {
        return dockerfile(List.of(from(1, "debian"), run(2, 3, "echo $app && echo $HOME"), run(5, "ls $PWD")),
                List.of(comment(4, pragma)));
    }

    private static List<String> lint(LintConfig config, Dockerfile dockerfile) {
        return new Linter(List.of(NO_RUN), config).lint("Dockerfile", dockerfile, FOUND).findings().stream()
                .map(Finding::toString).toList();
    }

    private static LintConfig config(Set<String> ignored, Map<String, Severity> overrides) {
        return LintConfig.merge(List.of(new LintConfig(ignored, overrides, Set.of(), null)));
    }

    @Test
    void findingsAreReportedWithTheRulesInSourceOrder() {
        LintedFile linted = new Linter(List.of(NO_RUN), LintConfig.DEFAULTS).lint("Dockerfile", withPragma("a note"),
                FOUND);

        assertEquals(List.of(
                "Dockerfile:2:1: warning DL9001 no RUN here",
                "Dockerfile:2:12: warning SC2154 app is referenced but not assigned.",
                "Dockerfile:3:10: info SC2086 Double quote to prevent globbing",
                "Dockerfile:5:1: warning DL9001 no RUN here",
                "Dockerfile:5:6: info SC2086 Double quote to prevent globbing"),
                linted.findings().stream().map(Finding::toString).toList());
        // the codes ShellCheck reported are test cases of the JUnit report, as the rules are
        assertEquals(List.of("DL9001", "SC2086", "SC2154"), linted.rulesRun());
    }

    @Test
    void pragmaBeforeTheRunIgnoresItsCodeInThatRunOnly() {
        assertEquals(List.of(
                "Dockerfile:2:1: warning DL9001 no RUN here",
                "Dockerfile:2:12: warning SC2154 app is referenced but not assigned.",
                "Dockerfile:3:10: info SC2086 Double quote to prevent globbing",
                "Dockerfile:5:1: warning DL9001 no RUN here"),
                lint(LintConfig.DEFAULTS, withPragma("hadolint ignore=SC2086")));
    }

    @Test
    void globalPragmaIgnoresTheCodeEverywhere() {
        assertEquals(List.of(
                "Dockerfile:2:1: warning DL9001 no RUN here",
                "Dockerfile:2:12: warning SC2154 app is referenced but not assigned.",
                "Dockerfile:5:1: warning DL9001 no RUN here"),
                lint(LintConfig.DEFAULTS, withPragma("hadolint global ignore=SC2086")));
    }

    @Test
    void configuredIgnoreAndOverrideApplyToScCodes() {
        assertEquals(List.of(
                "Dockerfile:2:1: warning DL9001 no RUN here",
                "Dockerfile:3:10: error SC2086 Double quote to prevent globbing",
                "Dockerfile:5:1: warning DL9001 no RUN here",
                "Dockerfile:5:6: error SC2086 Double quote to prevent globbing"),
                lint(config(Set.of("sc2154"), Map.of("SC2086", Severity.ERROR)), withPragma("a note")));
        assertEquals(List.of(
                "Dockerfile:2:1: warning DL9001 no RUN here",
                "Dockerfile:2:12: warning SC2154 app is referenced but not assigned.",
                "Dockerfile:5:1: warning DL9001 no RUN here"),
                lint(config(Set.of(), Map.of("SC2086", Severity.IGNORE)), withPragma("a note")));
    }

    @Test
    void findingsOfAFileWithSyntaxErrorsAreNotReported() {
        Dockerfile broken = withErrors(List.of(from(1, "debian"), run(2, "echo $x")), List.of(),
                List.of(new SyntaxError("DC1000", "unknown instruction: RUNN", new Position(3, 1))));

        LintedFile linted = new Linter(List.of(NO_RUN), LintConfig.DEFAULTS).lint("Dockerfile", broken, FOUND);

        assertEquals(List.of("Dockerfile:3:1: error DC1000 unknown instruction: RUNN"),
                linted.findings().stream().map(Finding::toString).toList());
    }
}
