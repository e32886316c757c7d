package org.dockci.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report written from a fixture build: what each row says, what is escaped, what is never shown. */
class RunReportTest {

    private static final Instant NOW = FixtureBuild.BUILD.plusSeconds(120);

    @TempDir
    Path root;

    private String html;
    private String markdown;

    private RunReport write(FixtureBuild build, Predicate<ModuleRun> which, String repository, Redaction redaction)
            throws Exception {
        RunReport report = RunReport.read(build.containers(), which, repository, List.of(), NOW);
        Path written = RunReportFiles.write(root.resolve("target/dockci"), report, redaction);
        html = Files.readString(written, StandardCharsets.UTF_8);
        markdown = Files.readString(root.resolve("target/dockci/report.md"), StandardCharsets.UTF_8);
        return report;
    }

    private FixtureBuild fixture() throws Exception {
        return new FixtureBuild(root).passedAndPushed("x3-webdav").failedIt("x3-registry", FixtureBuild.NASTY)
                .unchanged("x3-proxy").lintError("x3-lintbad", "Use COPY instead of ADD");
    }

    @Test
    void everyModuleGetsARowWithItsStatus() throws Exception {
        RunReport report = write(fixture(), RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        assertEquals(List.of(ModuleReport.Status.PASSED, ModuleReport.Status.FAILED, ModuleReport.Status.UNCHANGED,
                ModuleReport.Status.FAILED), report.modules().stream().map(ModuleReport::status).toList());
        assertTrue(html.contains("data-module=\"x3-webdav\" data-status=\"passed\""), html);
        assertTrue(html.contains("data-module=\"x3-registry\" data-status=\"failed\""));
        assertTrue(html.contains("data-module=\"x3-proxy\" data-status=\"unchanged\""));
        assertTrue(html.contains("data-module=\"x3-lintbad\" data-status=\"failed\""));
        assertTrue(html.contains("failed at failsafe:verify"));
        assertTrue(html.contains("failed at dockci:lint"));
        assertTrue(html.contains("id=\"outcome\">failed<"));
    }

    @Test
    void passedModuleShowsItsBuildTestsTagsSizeAndPackages() throws Exception {
        write(fixture(), RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        assertTrue(html.contains("image <code>aaaaaaaaaaaa</code>, 143.2 MB (+1.2 MB since 1.0.0"), html);
        assertTrue(html.contains("in the registry (compressed): pushed: 52.1 MB, 1.0.0: 51.7 MB, change +400.0 kB"));
        assertTrue(html.contains("pushed: 1.0.1, 1.0, 1, latest"));
        assertTrue(html.contains("WebdavIT.putThenGetReturnsTheFile"));
        assertTrue(html.contains("2 passed, 0 failed in 3.0 s"));
        assertTrue(html.contains("<td>openssl</td><td>upgraded</td><td>3.5.1-1</td><td>3.5.4-1</td>"));
        assertTrue(markdown.contains("| tags | pushed: 1.0.1, 1.0, 1, latest |"), markdown);
    }

    @Test
    void failedItIsShownWithItsMessageAndNothingPushed() throws Exception {
        write(fixture(), RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        assertTrue(html.contains("not pushed: tests failed"));
        assertTrue(html.contains("1 passed, 1 failed"));
        assertTrue(markdown.contains("| tags | not pushed: tests failed |"), markdown);
        assertTrue(markdown.contains("RegistryIT.pushThenPull"), markdown);
    }

    @Test
    void markupQuotesAmpersandsAndNonAsciiAreEscapedNotInterpreted() throws Exception {
        write(fixture(), RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        assertTrue(html.contains("expected &lt;200&gt; but was &lt;401&gt; for &quot;/dav/ü-ß &amp; &lt;script&gt;"
                + "alert(&#39;x&#39;)&lt;/script&gt;&quot;"), html);
        assertFalse(html.contains("<script"), "no script element, escaped or from a template");
        assertTrue(markdown.contains("expected &lt;200&gt; but was &lt;401&gt; for \"/dav/ü-ß &amp; &lt;script&gt;"),
                markdown);
        assertFalse(markdown.contains("<script"));
    }

    @Test
    void lintErrorShowsEachFindingWithFileLineAndCode() throws Exception {
        write(fixture(), RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        assertTrue(html.contains("<code>containers/x3-lintbad/Dockerfile:12:1</code></td><td class=\"severity-error\">error"
                + "</td><td>DL3020</td><td>Use COPY instead of ADD</td>"), html);
        assertTrue(html.contains("1 file, 1 error, 0 warnings, 0 info, 1 style"));
        assertTrue(markdown.contains("✗ containers/x3-lintbad/Dockerfile:12 DL3020 | Use COPY instead of ADD"), markdown);
    }

    @Test
    void truncatedOrMissingTestResultsSayNoTestResultsAndTheReportIsWritten() throws Exception {
        FixtureBuild build = new FixtureBuild(root).truncatedTestResults("x3-killed");
        write(build, RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        assertTrue(html.contains("no test results (TEST-org.dockci.proxy.ProxyIT.xml is truncated or not XML)"), html);
        Files.delete(root.resolve("containers/x3-killed/target/failsafe-reports/TEST-org.dockci.proxy.ProxyIT.xml"));
        write(build, RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());
        assertTrue(html.contains("<dd class=\"tests\">no test results</dd>"), html);
    }

    @Test
    void anEarlierBuildsRecordIsNotTakenForThisOnes() throws Exception {
        RunReport report = write(fixture().notReached("x3-later"), RunReport.session(FixtureBuild.BUILD), "",
                Redaction.urlsOnly());

        assertEquals(ModuleReport.Status.NOT_REACHED, report.modules().get(4).status());
        assertTrue(html.contains("data-module=\"x3-later\" data-status=\"not-reached\""));
        assertFalse(html.contains("x3-later-0.9.0"), "its earlier metadata is not shown as this build's");
    }

    @Test
    void runOnItsOwnTheReportTakesTheLastBuildAnyModuleRecorded() throws Exception {
        FixtureBuild build = fixture().notReached("x3-later");
        RunReport report = write(build, RunReport.lastSession(build.containers()), "", Redaction.urlsOnly());

        assertEquals(Optional.of(FixtureBuild.BUILD), report.started());
        assertEquals(ModuleReport.Status.NOT_REACHED, report.modules().get(4).status());
    }

    @Test
    void inCiEveryMavenBuildOfTheRunCountsEachModuleByItsLastRecord() throws Exception {
        FixtureBuild build = fixture().notReached("x3-later");
        // the release of x3-later ran later, in a Maven build of its own, in the same run of the Jenkinsfile
        ModuleRun earlier = ModuleRun.read(root.resolve("containers/x3-later/target/dockci"));
        new ModuleRun("x3-later", FixtureBuild.BUILD.plusSeconds(300), FixtureBuild.PIPELINE, earlier.goals(), false,
                "", "").write(root.resolve("containers/x3-later/target/dockci"));

        RunReport report = write(build, RunReport.pipeline(FixtureBuild.PIPELINE), "", Redaction.urlsOnly());

        assertEquals(ModuleReport.Status.PASSED, report.modules().get(0).status());
        assertEquals(ModuleReport.Status.NOT_BUILT, report.modules().get(4).status());
        assertEquals(Optional.of(FixtureBuild.BUILD), report.started());
    }

    @Test
    void inCiTheBuildsOfTheRunsFanOutBranchesCountThoseOfAnotherRunNot() throws Exception {
        FixtureBuild build = fixture().notReached("x3-later");
        // x3-later was built and tested on another agent, in a fan-out branch of this run (its reports unstashed here)
        ModuleRun earlier = ModuleRun.read(root.resolve("containers/x3-later/target/dockci"));
        new ModuleRun("x3-later", FixtureBuild.BUILD.plusSeconds(30), FixtureBuild.PIPELINE + "/containers-2",
                earlier.goals(), false, "", "").write(root.resolve("containers/x3-later/target/dockci"));
        // and x3-webdav's record is of build 120 of the job, which starts like this run's identity (build 12)
        ModuleRun webdav = ModuleRun.read(root.resolve("containers/x3-webdav/target/dockci"));
        new ModuleRun("x3-webdav", FixtureBuild.BUILD.plusSeconds(60), FixtureBuild.PIPELINE + "0/containers-1",
                webdav.goals(), false, "", "").write(root.resolve("containers/x3-webdav/target/dockci"));

        RunReport report = write(build, RunReport.pipeline(FixtureBuild.PIPELINE), "", Redaction.urlsOnly());

        assertEquals(ModuleReport.Status.NOT_BUILT, report.modules().get(4).status(), "the branch's record counts");
        assertEquals(Optional.empty(), report.modules().get(0).run(), "another run's branch does not");
    }

    @Test
    void aReleaseIsShownByItsPerformBuildInTheCheckoutNotByItsPrepare() throws Exception {
        Path module = root.resolve("containers/x3-webdav/target");
        // release:perform built, tested and pushed the module again in the release plugin's checkout of the tag
        new FixtureBuild(module.resolve("checkout")).passedAndPushed("x3-webdav");
        // release:prepare, earlier in the same run, built it without ITs in the work tree
        Instant prepare = FixtureBuild.BUILD.minusSeconds(120);
        new ModuleRun("x3-webdav", prepare, FixtureBuild.PIPELINE, List.of(new GoalRun("docker:build", "build-image",
                Step.BUILD, prepare, prepare.plusSeconds(5), true)), false, "", "").write(module.resolve("dockci"));
        ContainerFolder folder = new ContainerFolder("x3-webdav", "containers/x3-webdav",
                List.of(module, module.resolve("checkout/containers/x3-webdav/target")));

        RunReport report = RunReport.read(List.of(folder), RunReport.pipeline(FixtureBuild.PIPELINE), "", List.of(), NOW);

        ModuleReport row = report.modules().get(0);
        assertEquals(ModuleReport.Status.PASSED, row.status());
        assertTrue(row.pushed());
        assertEquals(2, row.tests().tests().size());
        assertEquals(Optional.of(FixtureBuild.BUILD), report.started());
    }

    @Test
    void aHalfPushSaysWhichTagsTheRegistryHasAndWhichNot() throws Exception {
        RunReport report = write(new FixtureBuild(root).halfPushed("x3-webdav"), RunReport.session(FixtureBuild.BUILD),
                "", Redaction.urlsOnly());

        ModuleReport row = report.modules().get(0);
        assertEquals(ModuleReport.Status.FAILED, row.status());
        assertFalse(row.pushed(), "a half push is not a pushed image");
        assertTrue(html.contains("half pushed: pushed 1.0.1, 1.0; not pushed 1, latest"), html);
        assertTrue(markdown.contains("| tags | half pushed: pushed 1.0.1, 1.0; not pushed 1, latest |"), markdown);
        assertTrue(markdown.contains("0 pushed."), markdown);
    }

    @Test
    void anUnreadableRecordIsNamedAndTheReportIsWritten() throws Exception {
        write(fixture().brokenRecord("x3-broken"), RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        assertTrue(html.contains("data-module=\"x3-broken\" data-status=\"not-reached\""));
        assertTrue(html.contains("run.json could not be read"), html);
    }

    @Test
    void noCredentialIsEverWritten() throws Exception {
        String token = "glpat-AbCdEfGhIjKlMnOp";
        String password = "hunter2-registry-pw";
        FixtureBuild build = new FixtureBuild(root).passedAndPushed("x3-webdav")
                .failedIt("x3-registry", "login to https://ci:" + token + "@registry.example.org failed with " + password)
                .lintError("x3-lintbad", "ENV REGISTRY_PASSWORD=" + password);

        write(build, RunReport.session(FixtureBuild.BUILD), "https://ci:" + token + "@gitlab.example.org/ops/dockers.git",
                new Redaction(List.of(password, "abc")));

        for (String text : List.of(html, markdown)) {
            assertFalse(text.contains(token), text);
            assertFalse(text.contains(password), text);
            assertFalse(text.contains("//ci:"), text);
        }
        assertTrue(html.contains("https://gitlab.example.org/ops/dockers.git"), "the repository, without its user");
        assertTrue(html.contains("login to https://registry.example.org failed with ****"));
        assertTrue(html.contains("ENV REGISTRY_PASSWORD&#x3D;****"), html);
    }

    @Test
    void theTimelineHasABarPerModuleAndStep() throws Exception {
        write(fixture(), RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertEquals(8, count(svg, "<rect class=\"bar step-[a-z]+\" [^>]*data-module=\"x3-webdav\""), svg);
        assertEquals(6, count(svg, "<rect class=\"bar step-[a-z]+\" [^>]*data-module=\"x3-registry\""));
        assertEquals(2, count(svg, "<rect class=\"bar step-[a-z]+\" [^>]*data-module=\"x3-proxy\""));
        assertEquals(1, count(svg, "<rect class=\"bar step-lint failed\" [^>]*data-module=\"x3-lintbad\""));
        assertTrue(svg.contains("<title>x3-webdav: build (docker:build) 6.0 s</title>"), svg);
    }

    @Test
    void timelineTicksAreRoundFigures() {
        assertEquals(List.of("0 s", "0.5 s", "30 s", "1 min", "1 min 30 s", "10 min"), List.of(Timeline.tickLabel(0),
                Timeline.tickLabel(500), Timeline.tickLabel(30_000), Timeline.tickLabel(60_000), Timeline.tickLabel(90_000),
                Timeline.tickLabel(600_000)));
    }

    @Test
    void theNoteOfAHundredUnchangedContainersStaysShort() throws Exception {
        FixtureBuild build = new FixtureBuild(root).passedAndPushed("x3-webdav");
        for (int i = 0; i < 100; i++) {
            build.unchanged(String.format("bench-%03d", i));
        }
        write(build, RunReport.session(FixtureBuild.BUILD), "", Redaction.urlsOnly());

        assertTrue(markdown.length() < 4_000, markdown.length() + " characters:\n" + markdown);
        assertEquals(1, count(markdown, "Unchanged, not built: bench-000, bench-001"));
        assertTrue(html.contains("data-module=\"bench-099\" data-status=\"unchanged\""));
    }

    @Test
    void aBuildWithoutAnyRecordStillGetsAReport() throws Exception {
        write(new FixtureBuild(root), RunReport.lastSession(List.of()), "", Redaction.urlsOnly());

        assertTrue(html.contains("no module ran a step in this build"));
        assertTrue(markdown.contains("**0** containers"));
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
