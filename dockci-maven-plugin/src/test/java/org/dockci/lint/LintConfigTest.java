package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LintConfigTest {

    private static LintConfig ignoring(String... codes) {
        return new LintConfig(Set.of(codes), Map.of(), Set.of(), null);
    }

    private static LintConfig overriding(String code, Severity severity) {
        return new LintConfig(Set.of(), Map.of(code, severity), Set.of(), null);
    }

    private static LintConfig threshold(FailureThreshold threshold) {
        return new LintConfig(Set.of(), Map.of(), Set.of(), threshold);
    }

    @Test
    void defaultsIgnoreNothingAndFailOnErrors() {
        LintConfig merged = LintConfig.merge(List.of());

        assertEquals(LintConfig.DEFAULTS, merged);
        assertEquals(FailureThreshold.ERROR, merged.failureThreshold());
        assertFalse(merged.ignores("DL3008"));
        assertEquals(Severity.WARNING, merged.severityOf("DL3008", Severity.WARNING));
    }

    @Test
    void codesAreTrimmedAndUpperCasedAndBlankOnesDropped() {
        LintConfig config = new LintConfig(Set.of(" dl3008 ", "", "  "), Map.of("dl3015", Severity.INFO),
                Set.of(" docker.io ", " "), null);

        assertEquals(Set.of("DL3008"), config.ignored());
        assertEquals(Map.of("DL3015", Severity.INFO), config.overrides());
        assertEquals(Set.of("docker.io"), config.trustedRegistries());
    }

    @Test
    void ignoresAddUpAcrossSources() {
        LintConfig merged = LintConfig.merge(List.of(ignoring("DL3008"), ignoring("DL3015")));

        assertEquals(Set.of("DL3008", "DL3015"), merged.ignored());
    }

    @Test
    void higherOverrideReplacesLowerOverride() {
        LintConfig merged = LintConfig.merge(List.of(overriding("DL3008", Severity.ERROR),
                overriding("DL3008", Severity.STYLE)));

        assertEquals(Severity.STYLE, merged.severityOf("DL3008", Severity.WARNING));
    }

    @Test
    void higherOverrideBringsBackACodeALowerSourceIgnores() {
        LintConfig merged = LintConfig.merge(List.of(ignoring("DL3008", "DL3015"),
                overriding("DL3008", Severity.INFO)));

        assertFalse(merged.ignores("DL3008"));
        assertEquals(Severity.INFO, merged.severityOf("DL3008", Severity.WARNING));
        assertTrue(merged.ignores("DL3015"));
    }

    @Test
    void higherIgnoreDropsLowerOverride() {
        LintConfig merged = LintConfig.merge(List.of(overriding("DL3008", Severity.ERROR), ignoring("DL3008")));

        assertTrue(merged.ignores("DL3008"));
        assertEquals(Map.of(), merged.overrides());
    }

    @Test
    void ignoreWinsOverOverrideInTheSameSource() {
        LintConfig source = new LintConfig(Set.of("DL3008"), Map.of("DL3008", Severity.ERROR), Set.of(), null);

        assertTrue(LintConfig.merge(List.of(source)).ignores("DL3008"));
    }

    @Test
    void highestSourceThatSetsTheThresholdWins() {
        assertEquals(FailureThreshold.WARNING, LintConfig.merge(List.of(threshold(FailureThreshold.INFO),
                threshold(FailureThreshold.WARNING), threshold(null))).failureThreshold());
        assertEquals(FailureThreshold.INFO, LintConfig.merge(List.of(threshold(FailureThreshold.INFO),
                LintConfig.EMPTY)).failureThreshold());
    }

    @Test
    void labelSchemasAddUpAndTheHigherSourceDecidesALabelsType() {
        LintConfig lower = new LintConfig(Set.of(), Map.of(), Set.of(), null,
                Map.of("author", LabelType.TEXT, "version", LabelType.TEXT), true);
        LintConfig higher =
                new LintConfig(Set.of(), Map.of(), Set.of(), null, Map.of("version", LabelType.SEMVER), null);

        LintConfig merged = LintConfig.merge(List.of(lower, higher));

        assertEquals(Map.of("author", LabelType.TEXT, "version", LabelType.SEMVER), merged.labelSchema());
        assertEquals(true, merged.strictLabels());
    }

    @Test
    void highestSourceThatSetsStrictLabelsWins() {
        LintConfig strict = new LintConfig(Set.of(), Map.of(), Set.of(), null, Map.of(), true);
        LintConfig lenient = new LintConfig(Set.of(), Map.of(), Set.of(), null, Map.of(), false);

        assertEquals(false, LintConfig.merge(List.of(strict, lenient)).strictLabels());
        assertEquals(false, LintConfig.merge(List.of()).strictLabels());
    }

    @Test
    void trustedRegistriesAddUp() {
        LintConfig lower = new LintConfig(Set.of(), Map.of(), Set.of("docker.io"), null);
        LintConfig higher = new LintConfig(Set.of(), Map.of(), Set.of("registry.example.org"), null);

        assertEquals(Set.of("docker.io", "registry.example.org"),
                LintConfig.merge(List.of(lower, higher)).trustedRegistries());
    }

    @Test
    void overrideListsGiveTheMostSeriousLevel() {
        Map<String, Severity> overrides = LintConfig.overrides(List.of("DL3001"), List.of("DL3002", "DL3001"),
                null, List.of("DL3002", "DL3003"));

        assertEquals(Map.of("DL3001", Severity.ERROR, "DL3002", Severity.WARNING, "DL3003", Severity.STYLE),
                overrides);
    }
}
