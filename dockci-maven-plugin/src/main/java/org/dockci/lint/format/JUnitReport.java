package org.dockci.lint.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.dockci.lint.XmlReportWriter;

/**
 * Lint results as a JUnit XML report, which Jenkins shows as tests: one testsuite per Dockerfile,
 * in it a testcase {@code syntax} and one per rule run on the file, named by its code. A testcase
 * fails when it has findings; the failure lists them as {@code FILE:LINE:COL: severity CODE message}.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    /** Writes the report of {@code files} to {@code report}, making its folder if needed. */
    public static void write(List<LintedFile> files, Path report) throws IOException {
        XmlReportWriter.toFile(report, out -> write(files, out));
    }

    /** Writes the report of {@code files} to {@code out}, left open. */
    public static void write(List<LintedFile> files, OutputStream out) throws IOException {
        int tests = files.stream().mapToInt(JUnitReport::tests).sum();
        int failures = files.stream().mapToInt(JUnitReport::failures).sum();
        try (XmlReportWriter xml = new XmlReportWriter(out)) {
            xml.start("testsuites").attribute("name", "dockci lint").attribute("tests", tests)
                    .attribute("failures", failures);
            for (LintedFile file : files) {
                xml.start("testsuite").attribute("name", file.file()).attribute("tests", tests(file))
                        .attribute("failures", failures(file)).attribute("errors", 0).attribute("skipped", 0);
                testcase(xml, file.file(), "syntax", file.valid() ? List.of() : file.findings());
                for (String code : file.rulesRun()) {
                    testcase(xml, file.file(), code, file.findingsOf(code));
                }
                xml.end();
            }
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void testcase(XmlReportWriter xml, String file, String name, List<Finding> findings)
            throws XMLStreamException {
        xml.start("testcase").attribute("classname", file).attribute("name", name);
        if (!findings.isEmpty()) {
            String summary = findings.get(0).toString();
            if (findings.size() > 1) {
                summary += " (and " + (findings.size() - 1) + " more)";
            }
            Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
            xml.start("failure").attribute("type", worst.label()).attribute("message", summary)
                    .text(findings.stream().map(Finding::toString).collect(Collectors.joining("\n", "", "\n")))
                    .end();
        }
        xml.end();
    }

    private static int tests(LintedFile file) {
        return 1 + file.rulesRun().size();
    }

    private static int failures(LintedFile file) {
        if (!file.valid()) {
            return 1;
        }
        return (int) file.rulesRun().stream().filter(code -> !file.findingsOf(code).isEmpty()).count();
    }
}
