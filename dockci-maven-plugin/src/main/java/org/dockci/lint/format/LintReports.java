package org.dockci.lint.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dockci.lint.LintedFile;

/**
 * Writes the report files of the chosen formats into a module's reports folder ({@code target/dockci}): each
 * format its own file, named by {@link LintFormat#fileName()}.
 */
public final class LintReports {

    private LintReports() {
    }

    /**
     * Writes the files of {@code formats} for {@code linted} into {@code directory} and returns them, in the
     * formats' order; {@code toolVersion} is dockci's version for SARIF, empty when unknown.
     */
    public static List<Path> write(LintFormats formats, List<LintedFile> linted, Path directory, SourceFiles sources,
            Optional<String> toolVersion) throws IOException {
        List<Path> written = new ArrayList<>();
        for (LintFormat format : LintFormat.values()) {
            if (!formats.has(format) || format.fileName().isEmpty()) {
                continue;
            }
            Path report = directory.resolve(format.fileName().get());
            try {
                switch (format) {
                    case HADOLINT -> HadolintLines.write(linted, report);
                    case JSON -> HadolintJson.write(linted, report);
                    case SARIF -> SarifReport.write(linted, sources, toolVersion, report);
                    case GITLAB -> CodeQualityReport.write(linted, sources, report);
                    case CHECKSTYLE -> CheckstyleReport.write(linted, report);
                    case JUNIT -> JUnitReport.write(linted, report);
                    case TTY -> throw new IllegalStateException("tty has no file");
                }
            } catch (UncheckedIOException e) {
                // a Dockerfile that could not be read again for its lines (SourceFiles)
                throw new IOException(report + ": not written: " + e.getCause().getMessage(), e.getCause());
            }
            written.add(report);
        }
        return written;
    }
}
