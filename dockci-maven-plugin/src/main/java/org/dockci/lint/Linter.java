package org.dockci.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.SyntaxError;
import org.dockci.lint.shellcheck.ShellCheckFinding;

/**
 * Runs the rules on Dockerfiles and applies ignores, overrides and the failure threshold in one
 * place: the configuration's ignored codes and severity overrides, and the file's ignore pragmas
 * (see {@link Suppressions}), on the rules' findings and on ShellCheck's ({@code SC} codes) alike.
 * A rule whose level is {@link Severity#IGNORE}, by default or by override, does not run. Syntax
 * errors are findings of severity error that nothing can ignore or downgrade.
 *
 * <p>A linter is made for one configuration, and the rules are made for it too (rules that need
 * settings, such as DL3026's trusted registries, take them in their constructor):
 * {@code new Linter(Rules.all(config), config)}.
 */
public final class Linter {

    private static final Comparator<Finding> BY_POSITION = Comparator.comparing(Finding::position)
            .thenComparing(Finding::code);

    private final List<Rule> rules;
    private final LintConfig config;
    private final FailureThreshold threshold;

    /** A linter running {@code rules} (each code once) under {@code config}. */
    public Linter(List<Rule> rules, LintConfig config) {
        // a linter is made for each file: sorting once, then comparing neighbours, is the cheap way to find twins
        List<Rule> byCode = new ArrayList<>(rules);
        byCode.sort(Comparator.comparing(Rule::code));
        for (int i = 1; i < byCode.size(); i++) {
            if (byCode.get(i).code().equals(byCode.get(i - 1).code())) {
                throw new IllegalArgumentException("two rules have the code " + byCode.get(i).code());
            }
        }
        this.rules = List.copyOf(byCode);
        this.config = config;
        this.threshold = Objects.requireNonNullElse(config.failureThreshold(),
                LintConfig.DEFAULTS.failureThreshold());
    }

    /** Lints {@code dockerfile}, naming it {@code displayPath} in the findings. */
    public LintedFile lint(String displayPath, Dockerfile dockerfile) {
        return lint(displayPath, dockerfile, List.of());
    }

    /**
     * Lints {@code dockerfile}, naming it {@code displayPath} in the findings, with {@code shellCheck}, what
     * ShellCheck found in its RUN scripts, among them: ignored, overridden and suppressed by pragmas as the rules'
     * findings are. The codes ShellCheck reported count among the rules run (one JUnit test case each).
     */
    public LintedFile lint(String displayPath, Dockerfile dockerfile, List<ShellCheckFinding> shellCheck) {
        if (!dockerfile.valid()) {
            // Rules are written for what Docker accepts: on a file it refuses, the model misses the broken
            // instructions, and rule findings would be noise (or wrong) next to the error to fix first.
            List<Finding> errors = new ArrayList<>();
            for (SyntaxError error : dockerfile.errors()) {
                errors.add(new Finding(displayPath, error.position(), Severity.ERROR, error.code(), error.message()));
            }
            errors.sort(BY_POSITION);
            return new LintedFile(displayPath, false, List.of(), errors, threshold);
        }
        Suppressions suppressions = Suppressions.of(dockerfile);
        RuleInput input = new RuleInput(dockerfile);
        List<String> rulesRun = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            String code = rule.code();
            Severity severity = config.severityOf(code, rule.severity());
            if (config.ignores(code) || suppressions.ignoresEverywhere(code) || severity == Severity.IGNORE) {
                continue;
            }
            rulesRun.add(code);
            for (Violation violation : check(rule, displayPath, input)) {
                if (!suppressions.ignores(code, violation.position())) {
                    Severity level = violation.severity() == null ? severity
                            : config.severityOf(code, violation.severity());
                    findings.add(new Finding(displayPath, violation.position(), level, code, message(rule, violation)));
                }
            }
        }
        Set<String> shellCheckCodes = new TreeSet<>();
        for (ShellCheckFinding finding : shellCheck) {
            String code = finding.code();
            Severity level = config.severityOf(code, finding.severity());
            if (!config.ignores(code) && level != Severity.IGNORE && !suppressions.ignores(code, finding.position())) {
                findings.add(new Finding(displayPath, finding.position(), level, code, finding.message()));
                shellCheckCodes.add(code);
            }
        }
        rulesRun.addAll(shellCheckCodes);
        findings.sort(BY_POSITION);
        return new LintedFile(displayPath, true, rulesRun, findings, threshold);
    }

    private static List<Violation> check(Rule rule, String displayPath, RuleInput input) {
        try {
            return rule.check(input);
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule " + rule.code() + " failed on " + displayPath + ": " + e, e);
        }
    }

    private static String message(Rule rule, Violation violation) {
        String message = violation.message();
        return message == null || message.isBlank() ? rule.message() : message;
    }
}
