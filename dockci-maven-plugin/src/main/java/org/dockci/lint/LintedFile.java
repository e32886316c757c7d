package org.dockci.lint;

import java.util.List;

/**
 * What linting one Dockerfile gave. {@code file} is the path as printed; {@code valid} is false
 * when it has syntax errors, and then {@code findings} are those errors and {@code rulesRun} is
 * empty; otherwise {@code rulesRun} holds the codes of the rules run on it (rules ignored in the
 * whole file are not run), then the ShellCheck codes reported on it, and {@code findings} what they
 * found, sorted by position.
 * {@code threshold} is the failure threshold that applies to the file.
 */
public record LintedFile(String file, boolean valid, List<String> rulesRun, List<Finding> findings,
        FailureThreshold threshold) {

    /** The lists are copied: the record is immutable. */
    public LintedFile {
        rulesRun = List.copyOf(rulesRun);
        findings = List.copyOf(findings);
    }

    /** True when the findings fail the build under the file's threshold. */
    public boolean failsBuild() {
        return threshold.failsOn(findings);
    }

    /** The findings of the rule {@code code}, in order. */
    public List<Finding> findingsOf(String code) {
        return findings.stream().filter(finding -> finding.code().equals(code)).toList();
    }
}
