package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dockci.dockerfile.Position;
import org.dockci.lint.FailureThreshold;
import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

    private static final String WEB = "containers/web/Dockerfile";
    private static final String DB = "containers/db/Dockerfile";

    private static final LintedFile WEB_LINTED = new LintedFile(WEB, true, List.of("DL3008", "DL3015", "DL3020"),
            List.of(new Finding(WEB, new Position(3, 1), Severity.WARNING, "DL3008", "Pin versions in apt get install"),
                    new Finding(WEB, new Position(3, 1), Severity.INFO, "DL3015", "Avoid additional packages"),
                    new Finding(WEB, new Position(7, 1), Severity.ERROR, "DL3008", "Pin versions in apt get install")),
            FailureThreshold.ERROR);

    private static final LintedFile DB_BROKEN = new LintedFile(DB, false, List.of(),
            List.of(new Finding(DB, new Position(2, 1), Severity.ERROR, "DC1002", "unknown instruction: RUNN")),
            FailureThreshold.ERROR);

    private static Document report(List<LintedFile> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JUnitReport.write(files, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static Element testcase(Element suite, String name) {
        return elements(suite, "testcase").stream().filter(test -> test.getAttribute("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no testcase " + name));
    }

    @Test
    void oneSuitePerFileWithTotals() throws Exception {
        Element root = report(List.of(WEB_LINTED, DB_BROKEN)).getDocumentElement();

        assertEquals("testsuites", root.getTagName());
        assertEquals("5", root.getAttribute("tests"));
        assertEquals("3", root.getAttribute("failures"));
        List<Element> suites = elements(root, "testsuite");
        assertEquals(List.of(WEB, DB), suites.stream().map(suite -> suite.getAttribute("name")).toList());
    }

    @Test
    void everyRuleRunIsATestcaseFailingOnlyWithFindings() throws Exception {
        Element web = elements(report(List.of(WEB_LINTED)).getDocumentElement(), "testsuite").get(0);

        assertEquals(List.of("syntax", "DL3008", "DL3015", "DL3020"),
                elements(web, "testcase").stream().map(test -> test.getAttribute("name")).toList());
        assertEquals("4", web.getAttribute("tests"));
        assertEquals("2", web.getAttribute("failures"));
        assertEquals(WEB, testcase(web, "DL3020").getAttribute("classname"));
        assertEquals(List.of(), elements(testcase(web, "DL3020"), "failure"));
        assertEquals(List.of(), elements(testcase(web, "syntax"), "failure"));
    }

    @Test
    void failureListsTheRulesFindingsAndItsWorstSeverity() throws Exception {
        Element web = elements(report(List.of(WEB_LINTED)).getDocumentElement(), "testsuite").get(0);

        Element failure = elements(testcase(web, "DL3008"), "failure").get(0);

        assertEquals("error", failure.getAttribute("type"));
        assertEquals(WEB + ":3:1: warning DL3008 Pin versions in apt get install (and 1 more)",
                failure.getAttribute("message"));
        assertEquals(WEB + ":3:1: warning DL3008 Pin versions in apt get install\n"
                + WEB + ":7:1: error DL3008 Pin versions in apt get install\n", failure.getTextContent());
        Element other = elements(testcase(web, "DL3015"), "failure").get(0);
        assertEquals("info", other.getAttribute("type"));
        assertEquals(WEB + ":3:1: info DL3015 Avoid additional packages\n", other.getTextContent());
    }

    @Test
    void syntaxErrorsAreTheOneFailingSyntaxTestcase() throws Exception {
        Element db = elements(report(List.of(DB_BROKEN)).getDocumentElement(), "testsuite").get(0);

        assertEquals(List.of("syntax"), elements(db, "testcase").stream().map(test -> test.getAttribute("name"))
                .toList());
        assertEquals("1", db.getAttribute("failures"));
        Element failure = elements(testcase(db, "syntax"), "failure").get(0);
        assertEquals("error", failure.getAttribute("type"));
        assertEquals(DB + ":2:1: error DC1002 unknown instruction: RUNN\n", failure.getTextContent());
    }

    @Test
    void markupAndControlCharactersInMessagesSurvive() throws Exception {
        String message = "use <\"a\" & 'b'> not \u0001";
        LintedFile odd = new LintedFile("Dockerfile", true, List.of("DL3000"),
                List.of(new Finding("Dockerfile", new Position(1, 1), Severity.ERROR, "DL3000", message)),
                FailureThreshold.ERROR);

        Element failure = elements(report(List.of(odd)).getDocumentElement(), "failure").get(0);

        assertEquals("Dockerfile:1:1: error DL3000 use <\"a\" & 'b'> not \uFFFD\n", failure.getTextContent());
    }

    @Test
    void noFilesGiveAnEmptyValidReport() throws Exception {
        Element root = report(List.of()).getDocumentElement();

        assertEquals("0", root.getAttribute("tests"));
        assertEquals(List.of(), elements(root, "testsuite"));
    }

    @Test
    void reportFileIsWrittenWithItsFolder(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("target/dockci/lint-junit.xml");

        JUnitReport.write(List.of(WEB_LINTED), report);

        assertTrue(Files.readString(report).startsWith("<?xml"));
        assertEquals("testsuites", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getDocumentElement().getTagName());
    }
}
