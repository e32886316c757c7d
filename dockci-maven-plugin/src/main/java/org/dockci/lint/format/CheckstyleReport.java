package org.dockci.lint.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.dockci.lint.XmlReportWriter;

/**
 * Lint results as a checkstyle XML report, which Jenkins' warnings plugin and code review tools
 * read: a {@code file} element per Dockerfile, an {@code error} element per finding, the rule's
 * code as {@code source}. Checkstyle has no style level: style findings are written as info, as
 * other tools do.
 */
public final class CheckstyleReport {

    private CheckstyleReport() {
    }

    /** Writes the report of {@code files} to {@code report}, making its folder if needed. */
    public static void write(List<LintedFile> files, Path report) throws IOException {
        XmlReportWriter.toFile(report, out -> write(files, out));
    }

    /** Writes the report of {@code files} to {@code out}, left open. */
    public static void write(List<LintedFile> files, OutputStream out) throws IOException {
        try (XmlReportWriter xml = new XmlReportWriter(out)) {
            xml.start("checkstyle").attribute("version", "4.3");
            for (LintedFile file : files) {
                xml.start("file").attribute("name", file.file());
                for (Finding finding : file.findings()) {
                    xml.start("error").attribute("line", finding.position().line())
                            .attribute("column", finding.position().column())
                            .attribute("severity", checkstyleSeverity(finding.severity()))
                            .attribute("message", finding.message()).attribute("source", finding.code()).end();
                }
                xml.end();
            }
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the checkstyle report: " + e.getMessage(), e);
        }
    }

    private static String checkstyleSeverity(Severity severity) {
        return severity == Severity.STYLE ? "info" : severity.label();
    }
}
