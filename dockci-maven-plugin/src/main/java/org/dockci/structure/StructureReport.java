package org.dockci.structure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.dockci.lint.XmlReportWriter;

/**
 * Structure-test results as a JUnit XML report in failsafe's shape ({@code TEST-….xml} in
 * {@code target/failsafe-reports/}), so that Jenkins shows them next to the ITs: one testsuite, one testcase per
 * check named as container-structure-test names it ({@code Command Test: whoami}), its errors in the failure.
 */
public final class StructureReport {

    private StructureReport() {
    }

    /** The report's file name for {@code module}. */
    public static String fileName(String module) {
        return "TEST-" + module + ".structure-test.xml";
    }

    /** Writes {@code results} of {@code module}'s {@code file} run against {@code image} to {@code report}. */
    public static void write(Path report, String module, String file, String image, List<CheckResult> results)
            throws IOException {
        long failures = results.stream().filter(result -> !result.passed()).count();
        double seconds = results.stream().mapToLong(result -> result.duration().toMillis()).sum() / 1000.0;
        XmlReportWriter.toFile(report, out -> {
            try (XmlReportWriter xml = new XmlReportWriter(out)) {
                xml.start("testsuite").attribute("name", module + " " + file).attribute("tests", results.size())
                        .attribute("failures", failures).attribute("errors", 0).attribute("skipped", 0)
                        .attribute("time", String.format(Locale.ROOT, "%.3f", seconds));
                xml.start("properties").start("property").attribute("name", "image").attribute("value", image).end().end();
                for (CheckResult result : results) {
                    xml.start("testcase").attribute("classname", module + "." + file).attribute("name", result.title())
                            .attribute("time", String.format(Locale.ROOT, "%.3f", result.duration().toMillis() / 1000.0));
                    if (!result.passed()) {
                        xml.start("failure").attribute("message", result.errors().get(0))
                                .text(String.join("\n", result.errors()) + "\n").end();
                    }
                    if (!result.stdout().isEmpty()) {
                        xml.start("system-out").text(result.stdout()).end();
                    }
                    if (!result.stderr().isEmpty()) {
                        xml.start("system-err").text(result.stderr()).end();
                    }
                    xml.end();
                }
                xml.end();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write the structure-test report: " + e.getMessage(), e);
            }
        });
    }
}
