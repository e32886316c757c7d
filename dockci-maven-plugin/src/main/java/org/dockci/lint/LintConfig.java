package org.dockci.lint;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The user's lint settings from one source, or several merged: rule codes ignored, severities
 * overridden per code, the registries FROM may use (DL3026), the failure threshold, null when
 * this source leaves it to the others, the labels every image must have with the type of each
 * ({@code label-schema}, DL3049–DL3058), and whether labels outside that schema are refused
 * ({@code strict-labels}, DL3050; null when this source leaves it to the others).
 *
 * <p>Sources are merged with {@link #merge}, lowest precedence first: {@link #DEFAULTS} &lt;
 * {@code .hadolint.yaml} at the repository root &lt; {@code .hadolint.yaml} next to the Dockerfile
 * &lt; POM parameters (see {@link LintConfigLookup}). For each rule code the highest source that
 * mentions it, in {@code ignored} or in an override, decides: a higher override brings back a code a
 * lower source ignores, a higher ignore drops a lower override. Trusted registries add up, as in
 * hadolint. The threshold is the highest source's that sets one. Within one source an ignore wins
 * over an override, and the most serious override wins, as in hadolint. Label schemas add up, the
 * highest source deciding the type of a label several give; {@code strict-labels} is the highest
 * source's that sets it.
 */
public record LintConfig(Set<String> ignored, Map<String, Severity> overrides, Set<String> trustedRegistries,
        FailureThreshold failureThreshold, Map<String, LabelType> labelSchema, Boolean strictLabels) {

    /** dockci's defaults: nothing ignored or overridden, no trusted registry, errors fail the build, no labels. */
    public static final LintConfig DEFAULTS =
            new LintConfig(Set.of(), Map.of(), Set.of(), FailureThreshold.ERROR, Map.of(), false);

    /** A source that sets nothing, such as a missing {@code .hadolint.yaml}. */
    public static final LintConfig EMPTY = new LintConfig(Set.of(), Map.of(), Set.of(), null, Map.of(), null);

    /** Settings without label schema, which leave {@code strict-labels} to the other sources. */
    public LintConfig(Set<String> ignored, Map<String, Severity> overrides, Set<String> trustedRegistries,
            FailureThreshold failureThreshold) {
        this(ignored, overrides, trustedRegistries, failureThreshold, Map.of(), null);
    }

    /** Codes are trimmed and upper-cased, blank entries dropped; the collections are sorted and unmodifiable. */
    public LintConfig {
        SortedSet<String> codes = new TreeSet<>();
        for (String code : nullToEmpty(ignored)) {
            String normalized = normalizeCode(code);
            if (normalized != null) {
                codes.add(normalized);
            }
        }
        ignored = Collections.unmodifiableSortedSet(codes);

        SortedMap<String, Severity> severities = new TreeMap<>();
        if (overrides != null) {
            overrides.forEach((code, severity) -> {
                String normalized = normalizeCode(code);
                if (normalized != null) {
                    severities.put(normalized, Objects.requireNonNull(severity, "severity of " + code));
                }
            });
        }
        overrides = Collections.unmodifiableSortedMap(severities);

        SortedSet<String> registries = new TreeSet<>();
        for (String registry : nullToEmpty(trustedRegistries)) {
            if (registry != null && !registry.isBlank()) {
                registries.add(registry.trim());
            }
        }
        trustedRegistries = Collections.unmodifiableSortedSet(registries);

        SortedMap<String, LabelType> schema = new TreeMap<>();
        if (labelSchema != null) {
            labelSchema.forEach((label, type) -> schema.put(label, Objects.requireNonNull(type, "type of " + label)));
        }
        labelSchema = Collections.unmodifiableSortedMap(schema);
    }

    /**
     * Overrides as hadolint's {@code override:} lists give them (any list may be null); a code in
     * several lists gets the most serious level.
     */
    public static Map<String, Severity> overrides(Collection<String> error, Collection<String> warning,
            Collection<String> info, Collection<String> style) {
        Map<String, Severity> overrides = new TreeMap<>();
        // least serious first, so that a more serious list replaces it
        putAll(overrides, style, Severity.STYLE);
        putAll(overrides, info, Severity.INFO);
        putAll(overrides, warning, Severity.WARNING);
        putAll(overrides, error, Severity.ERROR);
        return overrides;
    }

    /** {@link #DEFAULTS} with {@code sources} applied over it in order: the last one has the highest precedence. */
    public static LintConfig merge(List<LintConfig> sources) {
        LintConfig merged = DEFAULTS;
        for (LintConfig source : sources) {
            merged = source.over(merged);
        }
        return merged;
    }

    /** True when findings of {@code code} are dropped. */
    public boolean ignores(String code) {
        return ignored.contains(code);
    }

    /** The severity findings of {@code code} get: the override, or else the rule's own {@code ruleSeverity}. */
    public Severity severityOf(String code, Severity ruleSeverity) {
        return overrides.getOrDefault(code, ruleSeverity);
    }

    /** This source applied over {@code lower}. */
    private LintConfig over(LintConfig lower) {
        Set<String> mergedIgnored = new TreeSet<>(lower.ignored);
        mergedIgnored.removeAll(overrides.keySet());
        mergedIgnored.addAll(ignored);

        Map<String, Severity> mergedOverrides = new TreeMap<>(lower.overrides);
        mergedOverrides.keySet().removeAll(ignored);
        mergedOverrides.putAll(overrides);

        Set<String> mergedRegistries = new TreeSet<>(lower.trustedRegistries);
        mergedRegistries.addAll(trustedRegistries);

        FailureThreshold threshold = failureThreshold != null ? failureThreshold : lower.failureThreshold;

        Map<String, LabelType> mergedSchema = new TreeMap<>(lower.labelSchema);
        mergedSchema.putAll(labelSchema);
        Boolean strict = strictLabels != null ? strictLabels : lower.strictLabels;
        return new LintConfig(mergedIgnored, mergedOverrides, mergedRegistries, threshold, mergedSchema, strict);
    }

    private static void putAll(Map<String, Severity> overrides, Collection<String> codes, Severity severity) {
        for (String code : nullToEmpty(codes)) {
            String normalized = normalizeCode(code);
            if (normalized != null) {
                overrides.put(normalized, severity);
            }
        }
    }

    private static String normalizeCode(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    private static <T> Collection<T> nullToEmpty(Collection<T> values) {
        return values != null ? values : List.of();
    }
}
