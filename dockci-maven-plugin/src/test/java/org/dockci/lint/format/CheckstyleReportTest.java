package org.dockci.lint.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dockci.dockerfile.Position;
import org.dockci.lint.FailureThreshold;
import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReportTest {

    private static final String WEB = "containers/web/Dockerfile";

    private static Element report(List<LintedFile> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckstyleReport.write(files, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray())).getDocumentElement();
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    @Test
    void everyFindingIsAnErrorElementOfItsFile() throws Exception {
        LintedFile web = new LintedFile(WEB, true, List.of("DL3008", "DL3059"),
                List.of(new Finding(WEB, new Position(3, 5), Severity.WARNING, "DL3008", "Pin versions & more"),
                        new Finding(WEB, new Position(9, 1), Severity.INFO, "DL3059", "Consolidate RUNs")),
                FailureThreshold.ERROR);

        Element root = report(List.of(web));

        assertEquals("checkstyle", root.getTagName());
        Element file = elements(root, "file").get(0);
        assertEquals(WEB, file.getAttribute("name"));
        List<Element> errors = elements(file, "error");
        assertEquals(2, errors.size());
        Element first = errors.get(0);
        assertEquals("3", first.getAttribute("line"));
        assertEquals("5", first.getAttribute("column"));
        assertEquals("warning", first.getAttribute("severity"));
        assertEquals("Pin versions & more", first.getAttribute("message"));
        assertEquals("DL3008", first.getAttribute("source"));
        assertEquals("info", errors.get(1).getAttribute("severity"));
    }

    @Test
    void styleIsWrittenAsInfoAndErrorStaysError() throws Exception {
        LintedFile web = new LintedFile(WEB, true, List.of("DL3006", "DL4000"),
                List.of(new Finding(WEB, new Position(1, 1), Severity.STYLE, "DL4000", "MAINTAINER is deprecated"),
                        new Finding(WEB, new Position(2, 1), Severity.ERROR, "DL3006", "Tag the image")),
                FailureThreshold.ERROR);

        List<Element> errors = elements(report(List.of(web)), "error");

        assertEquals(List.of("info", "error"), errors.stream().map(error -> error.getAttribute("severity")).toList());
    }

    @Test
    void syntaxErrorsAreReportedWithTheirCode() throws Exception {
        LintedFile broken = new LintedFile("Dockerfile", false, List.of(),
                List.of(new Finding("Dockerfile", new Position(4, 1), Severity.ERROR, "DC1002", "unknown instruction")),
                FailureThreshold.ERROR);

        Element error = elements(report(List.of(broken)), "error").get(0);

        assertEquals("DC1002", error.getAttribute("source"));
        assertEquals("error", error.getAttribute("severity"));
    }

    @Test
    void cleanFileIsListedWithoutErrors() throws Exception {
        LintedFile clean = new LintedFile("Dockerfile", true, List.of("DL3008"), List.of(), FailureThreshold.ERROR);

        Element root = report(List.of(clean));

        assertEquals(List.of("Dockerfile"), elements(root, "file").stream().map(file -> file.getAttribute("name"))
                .toList());
        assertEquals(List.of(), elements(root, "error"));
    }
}
