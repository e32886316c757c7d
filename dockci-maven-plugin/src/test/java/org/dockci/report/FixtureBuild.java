package org.dockci.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dockci.dockerfile.Position;
import org.dockci.lint.FailureThreshold;
import org.dockci.lint.Finding;
import org.dockci.lint.LintFindings;
import org.dockci.lint.LintRun;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;
import org.dockci.packages.InstalledPackage;
import org.dockci.packages.PackageDiff;
import org.dockci.packages.PackageDiffReport;
import org.dockci.version.ImageMetadata;
import org.dockci.version.ImageTags;
import org.dockci.version.MetadataFiles;

/**
 * The files a build leaves in container modules, written by the test as the goals would: one module that passed and
 * was pushed, one whose IT failed, one unchanged, one stopped by a lint error, and what a test adds.
 */
final class FixtureBuild {

    static final Instant BUILD = Instant.parse("2026-12-04T10:00:00Z");
    static final String COMMIT = "3f2c1ab9d0e4c5b6a7980123456789abcdef0123";
    /** The CI run the fixture's records belong to (Jenkins' BUILD_TAG). */
    static final String PIPELINE = "jenkins-dockers-MR-7-12";
    /** What a failing IT printed: markup, quotes, an ampersand and non-ASCII text. */
    static final String NASTY = "expected <200> but was <401> for \"/dav/ü-ß & <script>alert('x')</script>\"";

    private final Path root;
    private final List<ContainerFolder> containers = new ArrayList<>();

    FixtureBuild(Path root) {
        this.root = root;
    }

    List<ContainerFolder> containers() {
        return List.copyOf(containers);
    }

    /** A module that changed, was built, passed 2 ITs and was pushed, with a package diff. */
    FixtureBuild passedAndPushed(String name) throws IOException {
        Path target = module(name);
        metadata(target, name, true, "changed: Dockerfile, webdav.conf since " + name + "-1.0.0");
        lint(target, name, List.of());
        Instant t = BUILD.plusSeconds(2);
        run(target, name, false, "", "", List.of(
                goal("dockci:lint", Step.LINT, t, 250), goal("dockci:detect", Step.DETECT, t.plusMillis(300), 400),
                goal("docker:build", Step.BUILD, t.plusSeconds(1), 6_000),
                goal("dockci:sbom", Step.PACKAGES, t.plusSeconds(7), 1_500),
                goal("docker:start", Step.START, t.plusSeconds(9), 800),
                goal("failsafe:integration-test", Step.TESTS, t.plusSeconds(10), 3_000),
                goal("docker:stop", Step.STOP, t.plusSeconds(13), 300),
                goal("dockci:push", Step.PUSH, t.plusSeconds(14), 2_000)));
        new ImageRecord(image(name) + ":1.0.1", "sha256:" + "a".repeat(64), 143_200_000L, List.of("1.0.1", "1.0", "1", "latest"),
                List.of(),
                52_100_000L, image(name) + ":1.0.0", 142_000_000L, 51_700_000L, "").write(target.resolve("dockci"));
        failsafe(target, "org.dockci.webdav.WebdavIT", t.plusSeconds(10), """
                <testcase name="putThenGetReturnsTheFile" classname="org.dockci.webdav.WebdavIT" time="0.31"/>
                <testcase name="anonymousIsRefused" classname="org.dockci.webdav.WebdavIT" time="0.05"/>
                """);
        new PackageDiffReport(name, image(name) + ":1.0.0", image(name) + ":1.0.1", new PackageDiff(
                List.of(new InstalledPackage("curl", "8.14.1-2", "amd64")), List.of(),
                List.of(new PackageDiff.VersionChange("openssl", "amd64", "3.5.1-1", "3.5.4-1")), List.of()))
                .write(target.resolve("dockci"));
        return this;
    }

    /** A module tested, whose push failed half-way: the candidate and the first moving tag in the registry, not the rest. */
    FixtureBuild halfPushed(String name) throws IOException {
        Path target = module(name);
        metadata(target, name, true, "changed: Dockerfile since " + name + "-1.0.0");
        lint(target, name, List.of());
        Instant t = BUILD.plusSeconds(40);
        run(target, name, true, "dockci:push", "x3-webdav: half pushed to …", List.of(
                goal("dockci:lint", Step.LINT, t, 200), goal("docker:build", Step.BUILD, t.plusSeconds(1), 5_000),
                new GoalRun("dockci:push", "push", Step.PUSH, t.plusSeconds(7), t.plusSeconds(9), false)));
        new ImageRecord(image(name) + ":1.0.1", "sha256:" + "c".repeat(64), 143_200_000L, List.of("1.0.1", "1.0"),
                List.of("1", "latest"), 52_100_000L, "", null, null, "").write(target.resolve("dockci"));
        return this;
    }

    /** A module whose IT failed with {@code message}: failsafe:verify failed, nothing pushed. */
    FixtureBuild failedIt(String name, String message) throws IOException {
        Path target = module(name);
        metadata(target, name, true, "changed: Dockerfile since " + name + "-1.0.0");
        lint(target, name, List.of());
        Instant t = BUILD.plusSeconds(20);
        run(target, name, true, "failsafe:verify", "There are test failures.", List.of(
                goal("dockci:lint", Step.LINT, t, 200), goal("dockci:detect", Step.DETECT, t.plusMillis(250), 100),
                goal("docker:build", Step.BUILD, t.plusSeconds(1), 9_000),
                goal("docker:start", Step.START, t.plusSeconds(10), 1_000),
                goal("failsafe:integration-test", Step.TESTS, t.plusSeconds(11), 4_000),
                goal("docker:stop", Step.STOP, t.plusSeconds(15), 400),
                new GoalRun("failsafe:verify", "default", null, t.plusSeconds(16), t.plusSeconds(16), false)));
        new ImageRecord(image(name) + ":1.0.1-dev.3f2c1ab", "sha256:" + "b".repeat(64), 98_000_000L, List.of(), List.of(), null,
                "", null, null, "").write(target.resolve("dockci"));
        failsafe(target, "org.dockci.registry.RegistryIT", t.plusSeconds(11), """
                <testcase name="pushThenPull" classname="org.dockci.registry.RegistryIT" time="1.20">
                  <failure message="%s" type="org.opentest4j.AssertionFailedError">stack</failure>
                </testcase>
                <testcase name="catalogNeedsAuth" classname="org.dockci.registry.RegistryIT" time="0.10"/>
                """.formatted(xmlAttribute(message)));
        return this;
    }

    /** A module unchanged since its release: linted and detected, nothing else. */
    FixtureBuild unchanged(String name) throws IOException {
        Path target = module(name);
        metadata(target, name, false, "unchanged since " + name + "-1.0.0 (3f2c1ab)");
        lint(target, name, List.of());
        Instant t = BUILD.plusSeconds(40);
        run(target, name, false, "", "", List.of(goal("dockci:lint", Step.LINT, t, 150),
                goal("dockci:detect", Step.DETECT, t.plusMillis(160), 20)));
        return this;
    }

    /** A module stopped by a lint error, before detection: no metadata. */
    FixtureBuild lintError(String name, String message) throws IOException {
        Path target = module(name);
        lint(target, name, List.of(new Finding("containers/" + name + "/Dockerfile", new Position(12, 1), Severity.ERROR,
                "DL3020", message), new Finding("containers/" + name + "/Dockerfile", new Position(3, 1),
                Severity.STYLE, "DL4000", "MAINTAINER is deprecated")));
        Instant t = BUILD.plusSeconds(45);
        run(target, name, true, "dockci:lint", "dockci:lint: 1 Dockerfile has findings at or above the failure threshold",
                List.of(new GoalRun("dockci:lint", "lint", Step.LINT, t, t.plusMillis(180), false)));
        return this;
    }

    /** A module whose ITs ran but whose failsafe XML was cut off (a killed build). */
    FixtureBuild truncatedTestResults(String name) throws IOException {
        Path target = module(name);
        metadata(target, name, true, "changed: entrypoint.sh since " + name + "-1.0.0");
        lint(target, name, List.of());
        Instant t = BUILD.plusSeconds(50);
        run(target, name, true, "failsafe:integration-test", "killed", List.of(
                goal("dockci:lint", Step.LINT, t, 100), goal("docker:build", Step.BUILD, t.plusSeconds(1), 1_000),
                new GoalRun("failsafe:integration-test", "default", Step.TESTS, t.plusSeconds(2), t.plusSeconds(3), false)));
        Path reports = Files.createDirectories(target.resolve("failsafe-reports"));
        Path cut = Files.writeString(reports.resolve("TEST-org.dockci.proxy.ProxyIT.xml"),
                "<?xml version=\"1.0\"?>\n<testsuite name=\"org.dockci.proxy.ProxyIT\"><testcase name=\"redir");
        Files.setLastModifiedTime(cut, FileTime.from(t.plusSeconds(3)));
        return this;
    }

    /** A module whose last record is an earlier build's: this build stopped before it. */
    FixtureBuild notReached(String name) throws IOException {
        Path target = module(name);
        metadata(target, name, true, "changed: Dockerfile since " + name + "-0.9.0");
        Instant earlier = BUILD.minus(Duration.ofDays(1));
        new ModuleRun(name, earlier, "", List.of(goal("dockci:lint", Step.LINT, earlier.plusSeconds(1), 100)), false, "", "")
                .write(target.resolve("dockci"));
        return this;
    }

    /** A module with a metadata.json and lint.json but a run.json that is not JSON. */
    FixtureBuild brokenRecord(String name) throws IOException {
        Path target = module(name);
        Files.writeString(target.resolve("dockci").resolve(ModuleRun.NAME), "{\"module\": \"" + name);
        return this;
    }

    private Path module(String name) throws IOException {
        Path target = Files.createDirectories(root.resolve("containers").resolve(name).resolve("target").resolve("dockci"))
                .getParent();
        containers.add(new ContainerFolder(name, "containers/" + name, target));
        return target;
    }

    private static String image(String name) {
        return "localhost:5000/dockci/" + name;
    }

    private static void metadata(Path target, String name, boolean changed, String reason) throws IOException {
        MetadataFiles.write(target, new ImageMetadata(name, changed, reason, name + "-1.0.0", "0".repeat(40), COMMIT,
                COMMIT.substring(0, 7), "main", false, "1.0.1-SNAPSHOT", image(name),
                new ImageTags("1.0.1-dev.3f2c1ab", List.of("main")), "2026-12-04T09:00:00Z", "fixture-build"));
    }

    private static void lint(Path target, String name, List<Finding> findings) throws IOException {
        LintRun.writeReports(List.of(new LintedFile("containers/" + name + "/Dockerfile", true, List.of("DL3020", "DL4000"),
                findings, FailureThreshold.ERROR)), target.resolve("dockci"));
        LintFindings.read(target.resolve("dockci")); // the fixture writes what the goal writes
    }

    private static void run(Path target, String name, boolean failed, String goal, String failure, List<GoalRun> goals)
            throws IOException {
        new ModuleRun(name, BUILD, PIPELINE, goals, failed, goal, failure).write(target.resolve("dockci"));
    }

    private static GoalRun goal(String goal, Step step, Instant start, long millis) {
        return new GoalRun(goal, "default", step, start, start.plusMillis(millis), true);
    }

    private static void failsafe(Path target, String className, Instant written, String cases) throws IOException {
        Path reports = Files.createDirectories(target.resolve("failsafe-reports"));
        Path file = reports.resolve("TEST-" + className + ".xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + className + "\">\n"
                + cases + "</testsuite>\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(written.plusSeconds(2)));
    }

    private static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;");
    }
}
