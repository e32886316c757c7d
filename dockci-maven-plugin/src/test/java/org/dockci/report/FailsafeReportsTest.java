package org.dockci.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailsafeReportsTest {

    private static final Instant RUN = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void eachTestHasItsResultTimeAndMessage() throws Exception {
        write("TEST-a.AIT.xml", RUN.plusSeconds(5), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="a.AIT" tests="4">
                  <testcase name="passes" classname="a.AIT" time="1,234.5"/>
                  <testcase name="fails" classname="a.AIT" time="0.2"><failure message="expected: &lt;1&gt;">x</failure>
                    <system-out>noise</system-out></testcase>
                  <testcase name="breaks" classname="a.AIT" time="0.3"><error type="java.io.IOException">y</error></testcase>
                  <testcase name="skips" classname="a.AIT" time="0"><skipped message="not here"/></testcase>
                </testsuite>
                """);

        FailsafeReports reports = FailsafeReports.read(folder, RUN);

        assertEquals(List.of(new TestCase("a.AIT", "passes", 1234.5, TestCase.Result.PASSED, ""),
                new TestCase("a.AIT", "fails", 0.2, TestCase.Result.FAILED, "expected: <1>"),
                new TestCase("a.AIT", "breaks", 0.3, TestCase.Result.ERROR, "java.io.IOException"),
                new TestCase("a.AIT", "skips", 0, TestCase.Result.SKIPPED, "not here")), reports.tests());
        assertEquals(List.of(), reports.unreadable());
    }

    @Test
    void anEarlierBuildsFileIsLeftOutAndATruncatedOneNamed() throws Exception {
        write("TEST-old.xml", RUN.minusSeconds(3600), "<testsuite><testcase name=\"old\" classname=\"o\"/></testsuite>");
        write("TEST-cut.xml", RUN.plusSeconds(1), "<testsuite><testcase name=\"c");

        FailsafeReports reports = FailsafeReports.read(folder, RUN);

        assertEquals(List.of(), reports.tests());
        assertEquals(List.of("TEST-cut.xml is truncated or not XML"), reports.unreadable());
    }

    @Test
    void noFolderIsNoResults() {
        FailsafeReports reports = FailsafeReports.read(folder.resolve("missing"), RUN);
        assertEquals(List.of(), reports.tests());
        assertEquals(List.of(), reports.unreadable());
    }

    private void write(String name, Instant modified, String xml) throws Exception {
        Path file = Files.writeString(folder.resolve(name), xml);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
