package org.dockci.lint;

import static org.dockci.lint.HandBuilt.comment;
import static org.dockci.lint.HandBuilt.dockerfile;
import static org.dockci.lint.HandBuilt.from;
import static org.dockci.lint.HandBuilt.run;
import static org.dockci.lint.HandBuilt.user;
import static org.dockci.lint.HandBuilt.withErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Keyword;
import org.dockci.dockerfile.Position;
import org.dockci.dockerfile.SyntaxError;
import org.dockci.lint.HandBuilt.FakeRule;
import org.junit.jupiter.api.Test;

class LinterTest {

    private static final FakeRule NO_RUN = FakeRule.flagging("DL9001", Severity.WARNING, Keyword.RUN);
    private static final FakeRule NO_USER = FakeRule.flagging("DL9002", Severity.INFO, Keyword.USER);

    private static final Dockerfile VALID = dockerfile(List.of(from(1, "debian"), run(2, "a"), user(3, "app"),
            run(4, "b")), List.of());

    private static final Dockerfile BROKEN = withErrors(List.of(from(1, "debian"), run(3, "a")),
            List.of(comment(4, "hadolint global ignore=DC1002")),
            List.of(new SyntaxError("DC1002", "unknown instruction: RUNN", new Position(5, 1)),
                    new SyntaxError("DC1001", "FROM needs an image", new Position(2, 6))));

    private static LintConfig config(Set<String> ignored, Map<String, Severity> overrides, FailureThreshold threshold) {
        return LintConfig.merge(List.of(new LintConfig(ignored, overrides, Set.of(), threshold)));
    }

    @Test
    void everyRuleRunsAndFindingsAreSortedByPosition() {
        LintedFile linted = new Linter(List.of(NO_USER, NO_RUN), LintConfig.DEFAULTS)
                .lint("containers/web/Dockerfile", VALID);

        assertTrue(linted.valid());
        assertEquals(List.of("DL9001", "DL9002"), linted.rulesRun());
        assertEquals(List.of(
                "containers/web/Dockerfile:2:1: warning DL9001 no RUN here",
                "containers/web/Dockerfile:3:1: info DL9002 no USER here",
                "containers/web/Dockerfile:4:1: warning DL9001 no RUN here"),
                linted.findings().stream().map(Finding::toString).toList());
    }

    @Test
    void cleanFileHasNoFindings() {
        Dockerfile clean = dockerfile(List.of(from(1, "debian")), List.of());

        LintedFile linted = new Linter(List.of(NO_RUN, NO_USER), LintConfig.DEFAULTS).lint("Dockerfile", clean);

        assertEquals(List.of(), linted.findings());
        assertEquals(List.of("DL9001", "DL9002"), linted.rulesRun());
    }

    @Test
    void ruleMessageStandsInForAnEmptyViolationMessage() {
        FakeRule silent = new FakeRule("DL9003", Severity.STYLE,
                dockerfile -> List.of(new Violation(new Position(1, 1), " ")));

        Finding finding = new Linter(List.of(silent), LintConfig.DEFAULTS).lint("Dockerfile", VALID).findings().get(0);

        assertEquals("what DL9003 asks for", finding.message());
    }

    @Test
    void configuredIgnoreDropsThatRuleOnly() {
        LintedFile linted = new Linter(List.of(NO_RUN, NO_USER), config(Set.of("DL9001"), Map.of(), null))
                .lint("Dockerfile", VALID);

        assertEquals(List.of("DL9002"), linted.rulesRun());
        assertEquals(List.of("DL9002"), linted.findings().stream().map(Finding::code).toList());
    }

    @Test
    void violationMayBeLessSeriousThanItsRuleButAnOverrideStillDecides() {
        FakeRule unsure = new FakeRule("DC9001", Severity.ERROR, dockerfile -> List.of(
                new Violation(new Position(2, 1), "sure"),
                new Violation(new Position(4, 1), "judged by name only", Severity.WARNING)));

        LintedFile linted = new Linter(List.of(unsure), LintConfig.DEFAULTS).lint("Dockerfile", VALID);
        LintedFile overridden = new Linter(List.of(unsure), config(Set.of(), Map.of("DC9001", Severity.INFO), null))
                .lint("Dockerfile", VALID);

        assertEquals(List.of(Severity.ERROR, Severity.WARNING),
                linted.findings().stream().map(Finding::severity).toList());
        assertEquals(List.of(Severity.INFO, Severity.INFO),
                overridden.findings().stream().map(Finding::severity).toList());
    }

    @Test
    void overrideChangesTheSeverityOfThatRuleOnly() {
        LintedFile linted = new Linter(List.of(NO_RUN, NO_USER),
                config(Set.of(), Map.of("DL9001", Severity.ERROR), null)).lint("Dockerfile", VALID);

        assertEquals(List.of(Severity.ERROR), linted.findingsOf("DL9001").stream().map(Finding::severity)
                .distinct().toList());
        assertEquals(List.of(Severity.INFO), linted.findingsOf("DL9002").stream().map(Finding::severity).toList());
    }

    @Test
    void ruleOffByDefaultDoesNotRun() {
        FakeRule offByDefault = FakeRule.flagging("DL9004", Severity.IGNORE, Keyword.RUN);

        LintedFile linted = new Linter(List.of(offByDefault, NO_USER), LintConfig.DEFAULTS).lint("Dockerfile", VALID);

        assertEquals(List.of("DL9002"), linted.rulesRun());
        assertEquals(List.of("DL9002"), linted.findings().stream().map(Finding::code).toList());
    }

    @Test
    void overrideTurnsOnARuleOffByDefault() {
        FakeRule offByDefault = FakeRule.flagging("DL9004", Severity.IGNORE, Keyword.RUN);

        LintedFile linted = new Linter(List.of(offByDefault),
                config(Set.of(), Map.of("DL9004", Severity.WARNING), null)).lint("Dockerfile", VALID);

        assertEquals(List.of("DL9004"), linted.rulesRun());
        assertEquals(List.of(Severity.WARNING, Severity.WARNING),
                linted.findings().stream().map(Finding::severity).toList());
    }

    @Test
    void syntaxErrorsAreErrorFindingsAndNoRuleRuns() {
        LintedFile linted = new Linter(List.of(NO_RUN), LintConfig.DEFAULTS).lint("Dockerfile", BROKEN);

        assertFalse(linted.valid());
        assertEquals(List.of(), linted.rulesRun());
        assertEquals(List.of(
                "Dockerfile:2:6: error DC1001 FROM needs an image",
                "Dockerfile:5:1: error DC1002 unknown instruction: RUNN"),
                linted.findings().stream().map(Finding::toString).toList());
    }

    @Test
    void syntaxErrorsCannotBeIgnoredNorDowngraded() {
        LintConfig lenient = config(Set.of("DC1001"), Map.of("DC1002", Severity.STYLE), FailureThreshold.ERROR);

        LintedFile linted = new Linter(List.of(NO_RUN), lenient).lint("Dockerfile", BROKEN);

        assertEquals(List.of("DC1001", "DC1002"), linted.findings().stream().map(Finding::code).toList());
        assertTrue(linted.findings().stream().allMatch(finding -> finding.severity() == Severity.ERROR));
        assertTrue(linted.failsBuild());
    }

    @Test
    void findingsFailTheBuildFromTheThresholdOn() {
        Linter errorsFail = new Linter(List.of(NO_RUN, NO_USER), config(Set.of(), Map.of(), FailureThreshold.ERROR));
        Linter warningsFail = new Linter(List.of(NO_RUN, NO_USER),
                config(Set.of(), Map.of(), FailureThreshold.WARNING));
        Linter nothingFails = new Linter(List.of(NO_RUN, NO_USER),
                config(Set.of(), Map.of("DL9001", Severity.ERROR), FailureThreshold.NONE));

        assertFalse(errorsFail.lint("Dockerfile", VALID).failsBuild());
        assertTrue(warningsFail.lint("Dockerfile", VALID).failsBuild());
        assertFalse(nothingFails.lint("Dockerfile", VALID).failsBuild());
        assertFalse(nothingFails.lint("Dockerfile", BROKEN).failsBuild());
    }

    @Test
    void configWithoutThresholdFailsOnErrors() {
        LintConfig unset = new LintConfig(Set.of(), Map.of("DL9001", Severity.ERROR), Set.of(), null);

        LintedFile linted = new Linter(List.of(NO_RUN), unset).lint("Dockerfile", VALID);

        assertEquals(FailureThreshold.ERROR, linted.threshold());
        assertTrue(linted.failsBuild());
    }

    @Test
    void twoRulesWithOneCodeAreRefused() {
        FakeRule twin = FakeRule.flagging("DL9001", Severity.ERROR, Keyword.USER);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Linter(List.of(NO_RUN, twin), LintConfig.DEFAULTS));

        assertTrue(e.getMessage().contains("DL9001"), e.getMessage());
    }

    @Test
    void failingRuleIsNamedWithTheFile() {
        FakeRule broken = new FakeRule("DL9009", Severity.ERROR, dockerfile -> {
            throw new IllegalStateException("bug");
        });
        Linter linter = new Linter(List.of(broken), LintConfig.DEFAULTS);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> linter.lint("containers/web/Dockerfile", VALID));

        assertTrue(e.getMessage().contains("DL9009") && e.getMessage().contains("containers/web/Dockerfile"),
                e.getMessage());
    }
}
