package org.dockci.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.dockci.dockerfile.SyntaxErrorKind;
import org.dockci.lint.rules.Rules;

/**
 * Which codes the configuration may name, so that a misspelt one is told rather than silently changing
 * nothing: the codes of dockci's rules and syntax errors, and ShellCheck's {@code SC} codes, accepted
 * as they are shaped ({@code SC2086}) so that configurations written for hadolint keep working.
 */
public final class RuleCodes {

    private static final Pattern SHELLCHECK = Pattern.compile("SC[0-9]{4}");

    private static final Set<String> KNOWN = known();

    private RuleCodes() {
    }

    /** Whether {@code code}, as {@link LintConfig} keeps it (trimmed, upper case), names a check. */
    public static boolean isKnown(String code) {
        return KNOWN.contains(code) || SHELLCHECK.matcher(code).matches();
    }

    /** The codes of {@code codes} that name no check, in order. */
    public static List<String> unknown(Collection<String> codes) {
        return codes.stream().filter(code -> !isKnown(code)).toList();
    }

    /**
     * One line per setting of the single source {@code source} that names unknown codes, e.g.
     * {@code app/.hadolint.yaml: override.error: unknown rule code XX1234, ...}: {@code where} is put
     * first, then the setting named by {@code ignoredSetting} or, for each severity, by
     * {@code overrideSetting}.
     */
    static List<String> unknownIn(LintConfig source, String where, String ignoredSetting,
            Function<Severity, String> overrideSetting) {
        Map<String, List<String>> bySetting = new LinkedHashMap<>();
        bySetting.put(ignoredSetting, new ArrayList<>(unknown(source.ignored())));
        for (Severity severity : Severity.values()) {
            // addAll, not put: an override to IGNORE may be named like the ignored list (dockci.lint.ignore)
            bySetting.computeIfAbsent(overrideSetting.apply(severity), setting -> new ArrayList<>())
                    .addAll(source.overrides().entrySet().stream()
                            .filter(override -> override.getValue() == severity && !isKnown(override.getKey()))
                            .map(Map.Entry::getKey).toList());
        }
        List<String> lines = new ArrayList<>();
        bySetting.forEach((setting, codes) -> {
            if (!codes.isEmpty()) {
                lines.add(where + setting + ": " + describe(codes));
            }
        });
        return lines;
    }

    private static String describe(List<String> codes) {
        boolean one = codes.size() == 1;
        return "unknown rule code" + (one ? " " : "s ") + String.join(", ", codes) + ": no check of dockci has "
                + (one ? "it, so it changes" : "them, so they change") + " nothing. Known codes are hadolint's DL,"
                + " dockci's DC (README's tables) and ShellCheck's SC codes: fix the spelling, or remove "
                + (one ? "it." : "them.");
    }

    private static Set<String> known() {
        Set<String> codes = new HashSet<>(Rules.codes());
        for (SyntaxErrorKind kind : SyntaxErrorKind.values()) {
            codes.add(kind.code());
        }
        return Set.copyOf(codes);
    }
}
