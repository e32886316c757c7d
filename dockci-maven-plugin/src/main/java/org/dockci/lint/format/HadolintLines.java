package org.dockci.lint.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;

/**
 * hadolint's default output ({@code --format tty --no-color}): {@code FILE:LINE CODE SEVERITY: message}, one line
 * per finding, so that problem matchers written for hadolint read dockci's findings. Syntax errors have the same
 * shape with dockci's DC1xxx codes (hadolint writes its own parse errors differently, without a code).
 */
public final class HadolintLines {

    private HadolintLines() {
    }

    /** {@code containers/web/Dockerfile:12 DL3020 error: Use COPY instead of ADD for files and folders}. */
    public static String line(Finding finding) {
        return finding.file() + ":" + finding.position().line() + " " + finding.code() + " "
                + finding.severity().label() + ": " + finding.message();
    }

    /** Writes one line per finding of {@code files}, in order, to {@code report} (UTF-8, each line ended by \n). */
    public static void write(List<LintedFile> files, Path report) throws IOException {
        StringBuilder text = new StringBuilder();
        for (LintedFile file : files) {
            for (Finding finding : file.findings()) {
                // a message on one line, as hadolint's: a matcher reads line by line
                text.append(line(finding).replaceAll("\\R", " ")).append('\n');
            }
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text, StandardCharsets.UTF_8);
    }
}
