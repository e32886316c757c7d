package org.dockci.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Failsafe's {@code TEST-*.xml} of one module: each test with its result, time and message. Only files written
 * since a given time count (older ones are an earlier build's); a truncated file (a killed build) is named, not read.
 *
 * @param tests      the tests read, file by file
 * @param unreadable the files that could not be read, with why
 */
public record FailsafeReports(List<TestCase> tests, List<String> unreadable) {

    /** Keeps unmodifiable copies. */
    public FailsafeReports {
        tests = List.copyOf(tests);
        unreadable = List.copyOf(unreadable);
    }

    /** The reports in {@code folder} written at or after {@code since}; none when the folder is missing. */
    public static FailsafeReports read(Path folder, Instant since) {
        if (!Files.isDirectory(folder)) {
            return new FailsafeReports(List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        } catch (IOException e) {
            return new FailsafeReports(List.of(), List.of(folder + ": " + e.getMessage()));
        }
        List<TestCase> tests = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                if (Files.getLastModifiedTime(file).compareTo(FileTime.from(since.minusSeconds(1))) < 0) {
                    continue;
                }
                tests.addAll(readFile(file));
            } catch (IOException | XMLStreamException e) {
                unreadable.add(file.getFileName() + " is truncated or not XML");
            }
        }
        return new FailsafeReports(tests, unreadable);
    }

    /** How many tests ended with {@code result}. */
    public long count(TestCase.Result result) {
        return tests.stream().filter(test -> test.result() == result).count();
    }

    private static List<TestCase> readFile(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // failsafe's reports need neither: no entity or DTD is resolved from a test's output
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<TestCase> tests = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String className = null;
            String name = null;
            double seconds = 0;
            TestCase.Result result = null;
            String message = "";
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "testcase" -> {
                            className = attribute(xml, "classname");
                            name = attribute(xml, "name");
                            seconds = seconds(attribute(xml, "time"));
                            result = TestCase.Result.PASSED;
                            message = "";
                        }
                        case "failure", "error" -> {
                            if (result != null) {
                                result = xml.getLocalName().equals("failure") ? TestCase.Result.FAILED
                                        : TestCase.Result.ERROR;
                                message = attribute(xml, "message");
                                if (message.isEmpty()) {
                                    message = attribute(xml, "type");
                                }
                            }
                        }
                        case "skipped" -> {
                            if (result != null) {
                                result = TestCase.Result.SKIPPED;
                                message = attribute(xml, "message");
                            }
                        }
                        default -> {
                            // properties, system-out, …: not shown
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("testcase")) {
                    tests.add(new TestCase(className, name, seconds, result, message));
                    result = null;
                }
            }
            xml.close();
        }
        return tests;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static double seconds(String text) {
        try {
            return Double.parseDouble(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
