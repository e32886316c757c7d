package org.dockci.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it: a fixture build (passed and pushed, a failed IT, unchanged, a lint error) written,
 * then opened in headless Chromium (Debian's {@code chromium}, installed by scripts/build-env.sh), which takes a
 * screenshot (kept in {@code target/report-in-chromium/report.png}) and gives back the page as it rendered it
 * ({@code --dump-dom}): rows, statuses and timeline bars are checked there. Skipped with a message when Chromium is
 * absent, except with CI=true, where it must run.
 */
class ReportInChromiumTest {

    private static final Path OUTPUT = Path.of("target", "report-in-chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static Path chromium;

    @TempDir
    Path folder;

    @BeforeAll
    static void needsChromium() {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String message = "chromium is not on PATH: run scripts/build-env.sh (it installs Debian's chromium)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: the report must be seen in a browser in CI)");
            }
            Assumptions.abort(message);
        }
        chromium = found.get();
    }

    @Test
    void theFixtureBuildRendersWithItsRowsStatusesAndTimeline() throws Exception {
        FixtureBuild build = new FixtureBuild(folder).passedAndPushed("x3-webdav")
                .failedIt("x3-registry", FixtureBuild.NASTY).unchanged("x3-proxy")
                .lintError("x3-lintbad", "Use COPY instead of ADD for files & folders");
        Files.createDirectories(OUTPUT);
        Path html = RunReportFiles.write(OUTPUT, RunReport.read(build.containers(), RunReport.session(FixtureBuild.BUILD),
                "https://gitlab.example.org/ops/dockers.git", List.of(), FixtureBuild.BUILD.plusSeconds(90)),
                Redaction.urlsOnly());
        Path screenshot = OUTPUT.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);

        run("--screenshot=" + screenshot, "--window-size=1100,1500", html.toUri().toString());
        String dom = run("--dump-dom", html.toUri().toString());
        Files.writeString(OUTPUT.resolve("dom.html"), dom);

        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of a page, not of nothing: " + Files.size(screenshot));
        byte[] png = Arrays.copyOf(Files.readAllBytes(screenshot), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, png);
        assertEquals(List.of("x3-webdav passed", "x3-registry failed", "x3-proxy unchanged", "x3-lintbad failed"),
                rows(dom));
        assertTrue(dom.matches("(?s).*<details class=\"module status-failed\" data-module=\"x3-registry\" "
                + "data-status=\"failed\" open=\"\">.*"), "a failed module's row is open");
        assertTrue(dom.contains("id=\"outcome\">failed</span>"));
        assertEquals(8 + 6 + 2 + 1, count(dom, "<rect class=\"bar step-"), "one bar per module and step run");
        assertTrue(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "the IT's message is text");
        assertFalse(dom.contains("<script"), "no script in the page");
    }

    private static List<String> rows(String dom) {
        Matcher row = Pattern.compile("data-module=\"([^\"]+)\" data-status=\"([^\"]+)\"").matcher(dom);
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2));
        }
        return rows;
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }

    /** Runs headless Chromium as root, with a profile of its own, talking to nothing; returns what it printed. */
    private String run(String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(folder, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = folder.resolve("chromium-" + Instant.now().toEpochMilli() + ".out");
        Path err = folder.resolve("chromium-" + Instant.now().toEpochMilli() + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("chromium did not end within " + TIMEOUT.toSeconds() + " s: " + command);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + command + "\n" + readQuietly(err));
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        return printed;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
