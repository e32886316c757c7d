package org.dockci.lint;

import java.util.List;

/** How many files were linted and how many findings of each severity they have, for one log line. */
public record LintSummary(int files, int errors, int warnings, int infos, int styles) {

    /** The counts over {@code linted}. */
    public static LintSummary of(List<LintedFile> linted) {
        int[] bySeverity = new int[Severity.values().length];
        for (LintedFile file : linted) {
            for (Finding finding : file.findings()) {
                bySeverity[finding.severity().ordinal()]++;
            }
        }
        return new LintSummary(linted.size(), bySeverity[Severity.ERROR.ordinal()],
                bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()],
                bySeverity[Severity.STYLE.ordinal()]);
    }

    /** For example {@code 2 files, 0 errors, 3 warnings, 1 info, 0 style}. */
    @Override
    public String toString() {
        return plural(files, "file") + ", " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
                + infos + " info, " + styles + " style";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
