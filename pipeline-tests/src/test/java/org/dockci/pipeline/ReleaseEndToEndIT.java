package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The user's whole story, for real: a bare {@code origin} repository on disk, clones of it made as Jenkins
 * makes them (the commit checked out detached, {@code BRANCH_NAME=main}), the Jenkinsfile's {@code sh}
 * commands read with {@link Jenkinsfile} and run in order by {@link PipelineRun}, the local registry on
 * 127.0.0.1:5000. Three runs, in order: a change to x3-webdav is released alone (in a work tree where an earlier
 * run's failed release left the release plugin's files); the next run on the pushed result releases nothing (no
 * build-release loop); a run whose x3-webdav ITs fail releases nothing and leaves nothing on the engine.
 *
 * <p>What is tested is the committed HEAD of the checkout this test lives in: origin is made from that
 * commit, so uncommitted changes are not part of the story (the test prints a line when there are some).
 * Before the runs, every container is tagged as released once ({@code <name>-<version>}, its pom then
 * moved to the next snapshot, as the release plugin does), so that change detection has baselines.
 *
 * <p>Nested builds. Each run is a real {@code ./mvnw} build of a clone of this repository:
 * <ul>
 *   <li>recursion: the clone's {@code ./mvnw verify} includes pipeline-tests, whose failsafe would run this
 *       test again, which would clone and build again. The runs get {@code DOCKCI_E2E_NESTED=true} and this
 *       test is disabled when it is set, so the Jenkinsfile's commands stay exactly as written;</li>
 *   <li>time: the clone's build would also run the plugin's unit tests, its Docker corpus test and its invoker
 *       ITs, minutes of what the enclosing build checks anyway. Maven 3.9's {@code bin/mvn}, which
 *       {@code ./mvnw} runs, puts the {@code MAVEN_ARGS} environment variable on every command line, the
 *       release plugin's forked builds included (they inherit the environment), so the runs get
 *       {@code -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.skip=true}: the containers'
 *       failsafe ITs still run. The first run checks that the clone's plugin module ran no test.</li>
 * </ul>
 * MAVEN_ARGS also carries {@code -Ddockci.namespace=dockci-e2e-<random>}, so that the test's images never take
 * the real images' names ({@code localhost:5000/dockci-e2e-1a2b3c4d/x3-webdav:latest}, not
 * {@code .../dockci/x3-webdav:latest}) nor those of another run of this test, and a local repository of the test's own in front of the build's one, which is only read
 * ({@code -Dmaven.repo.local}, {@code -Dmaven.repo.local.tail}): what the runs install stays out of the
 * developer's repository, and the test sees which dockci-maven-plugin the release used.
 *
 * <p>The test's registry repositories ({@code dockci-e2e-…/x3-webdav}) stay; its work folders and local images go,
 * the runs' logs are kept in {@code target/e2e-logs} ({@link PipelineStory}).
 */
@DisabledIfEnvironmentVariable(named = ReleaseEndToEndIT.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside ReleaseEndToEndIT: the story does not run itself again")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseEndToEndIT {

    static final String NESTED = JenkinsWorkTrees.NESTED;

    private static final String MODULE = "x3-webdav";
    private static final String MODULE_FOLDER = "containers/" + MODULE;
    private static final String SNAPSHOT = "-SNAPSHOT";
    private static final String LINT = "Lint";
    private static final String BUILD = "Build & test";
    private static final String RELEASE = "Release changed containers";
    private static final String FAILING_IT = "DeliberatelyFailingIT";
    private static final Path LOGS = Path.of("target", "e2e-logs");

    private PipelineStory story;
    private List<String> containers;
    /** Each container's baseline release version, tagged before the runs. */
    private final Map<String, String> baselines = new HashMap<>();
    private String releaseVersion;
    private boolean released;

    /** What is on the engine: containers, volumes and networks by id or name. */
    private record EngineState(Set<String> containers, Set<String> volumes, Set<String> networks) {
    }

    @BeforeAll
    void makeOrigin() throws Exception {
        story = PipelineStory.onMachineRegistry("e2e", LOGS);
        Path seed = story.seed("seed");
        GitCommand seedGit = new GitCommand(seed);
        containers = ContainerModules.names(seed);
        for (String container : containers) {
            Path pom = seed.resolve("containers").resolve(container).resolve("pom.xml");
            String version = projectVersion(pom);
            String baseline = version.replace(SNAPSHOT, "");
            baselines.put(container, baseline);
            seedGit.run("tag", "--annotate", "--message", "release " + container + "-" + baseline, container + "-" + baseline);
            setProjectVersion(pom, version, nextPatch(baseline) + SNAPSHOT);
        }
        seedGit.run("commit", "--quiet", "--all", "--message",
                "[maven-release-plugin] [ci skip] prepare for next development iteration");
        releaseVersion = projectVersion(seed.resolve(MODULE_FOLDER).resolve("pom.xml")).replace(SNAPSHOT, "");
        Files.writeString(seed.resolve(MODULE_FOLDER).resolve("Dockerfile"),
                "# changed by ReleaseEndToEndIT at " + Instant.now() + "\n", StandardOpenOption.APPEND);
        PipelineStory.commitAndPush(seed, MODULE + ": a change to release");
    }

    @AfterAll
    void removeWorkFoldersAndLocalImages() throws IOException {
        if (story != null) {
            story.close();
        }
    }

    @Test
    @Order(1)
    void aChangedContainerIsBuiltTestedAndReleasedAlone() throws IOException {
        EngineState engineBefore = engineState();
        JenkinsWorkTrees.Clone clone = story.clone("run-1");
        plantFailedReleaseLeftovers(clone.directory().resolve(MODULE_FOLDER));
        PipelineRun run = runPipeline(clone);

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed:\n" + run.summary());
        assertEquals(List.of(LINT, BUILD, RELEASE), run.ranStages(), "on main every stage runs");

        // only x3-webdav was built and tested
        Path workTree = clone.directory();
        assertEquals(List.of(MODULE_FOLDER), Files.readAllLines(workTree.resolve("target/dockci/changes.txt")));
        Map<String, Integer> webdavTests = failsafeCounts(workTree.resolve(MODULE_FOLDER));
        assertTrue(webdavTests.get("tests") > 0 && webdavTests.get("failures") == 0 && webdavTests.get("errors") == 0,
                MODULE + "'s ITs ran and passed: " + webdavTests);
        String buildOutput = run.outputOf(BUILD);
        for (String stage : List.of(BUILD, RELEASE)) {
            assertFalse(run.outputOf(stage).contains("built from a work tree that is not a commit"), "the release"
                    + " plugin's files (an earlier run's, this release's own) make no image dirty in " + stage);
        }
        for (String other : containers) {
            if (!other.equals(MODULE)) {
                assertTrue(buildOutput.contains(other + ": unchanged since " + other + "-"),
                        other + " is said unchanged in the build log");
                assertFalse(Files.exists(workTree.resolve("containers").resolve(other).resolve("target/failsafe-reports")),
                        other + " ran no IT");
            }
        }
        // MAVEN_ARGS reached the builds through ./mvnw: the plugin was built, its tests and invoker ITs skipped
        assertTrue(Files.isRegularFile(pluginJar(workTree)), "the clone's plugin was built");
        assertFalse(Files.exists(workTree.resolve("dockci-maven-plugin/target/surefire-reports")), "no plugin unit test");
        assertFalse(Files.exists(workTree.resolve("dockci-maven-plugin/target/it")), "no invoker IT");
        // the release used the plugin built from this commit, not one some other build left in ~/.m2
        // ... installed into a local repository of the work tree's own, and never into the shared one
        Path usedPlugin = workTree.resolve("target/dockci/plugin-repository")
                .resolve("org/dockci/dockci-maven-plugin/1.0.0/dockci-maven-plugin-1.0.0.jar");
        assertTrue(Files.isRegularFile(usedPlugin) && Files.mismatch(usedPlugin, pluginJar(workTree)) == -1,
                "the release resolved dockci-maven-plugin from the clone's build (" + usedPlugin + ")");
        assertFalse(Files.exists(story.localRepository().resolve("org/dockci/dockci-maven-plugin")),
                "nothing installed dockci-maven-plugin into the local repository other builds share");

        // the tag and the version bump are in origin
        GitCommand originGit = story.originGit();
        String tag = MODULE + "-" + releaseVersion;
        String taggedCommit = originGit.run("rev-parse", tag + "^{commit}");
        assertTrue(originGit.run("log", "-1", "--format=%s", taggedCommit).contains("[ci skip] prepare release " + tag));
        assertEquals("dockci <dockci@localhost>", originGit.run("log", "-1", "--format=%an <%ae>", taggedCommit),
                "release-changed.sh gives the release commits an identity on an agent without one");
        assertEquals(releaseVersion, versionAt(originGit, tag));
        String mainHead = originGit.run("rev-parse", "refs/heads/main");
        assertTrue(originGit.run("log", "-1", "--format=%s", mainHead).contains("[ci skip]"), "the bump skips CI");
        assertEquals(taggedCommit, originGit.run("rev-parse", mainHead + "^"), "the bump follows the release commit");
        assertEquals(nextPatch(releaseVersion) + SNAPSHOT, versionAt(originGit, "refs/heads/main"));
        Set<String> tags = Set.copyOf(originGit.run("tag").lines().toList());
        Set<String> expectedTags = new LinkedHashSet<>();
        baselines.forEach((container, baseline) -> expectedTags.add(container + "-" + baseline));
        expectedTags.add(tag);
        assertEquals(expectedTags, tags, "one new tag, x3-webdav's");

        // the registry has the release tags, all of the image built from the release commit
        RegistryApi registry = story.registry();
        String repository = story.namespace() + "/" + MODULE;
        List<String> moving = List.of(releaseVersion, minor(releaseVersion), major(releaseVersion), "latest");
        assertTrue(registry.tags(repository).containsAll(moving), registry.tags(repository) + " has " + moving);
        for (String registryTag : moving) {
            assertEquals(taggedCommit, registry.labels(repository, registryTag).get("org.opencontainers.image.revision"),
                    repository + ":" + registryTag + " is the image of " + tag);
        }
        assertEquals(List.of(repository), registry.repositories(story.namespace() + "/"),
                "no other container was pushed");

        // what Jenkins' post steps would publish is there
        assertTrue(matches(workTree, junitPatterns(clone), MODULE_FOLDER + "/target/failsafe-reports/TEST-"),
                "junit publishes " + MODULE + "'s failsafe reports");
        assertTrue(matches(workTree, List.of("**/target/dockci/**"), "target/dockci/changes.txt"),
                "archiveArtifacts keeps changes.txt");
        // the run report the post step wrote shows the release as release:perform built and pushed it
        String note = Files.readString(workTree.resolve("target/dockci/report.md"));
        assertTrue(note.contains("| tags | pushed: " + String.join(", ", moving) + " |"), note);
        assertNothingLeft(engineBefore);
        released = true;
    }

    /**
     * What a release whose {@code release:perform} failed in an earlier run leaves in the module's folder of a workspace
     * Jenkins reuses: the release plugin's {@code release.properties} (its prepare completed, for the baseline's tag;
     * the plugin's own format, as it writes it) and pom backup. Left alone, the next {@code release:prepare} would
     * resume from it: "already completed", and perform would deploy the old tag again instead of releasing the change.
     */
    private void plantFailedReleaseLeftovers(Path folder) throws IOException {
        String baseline = baselines.get(MODULE);
        String key = "org.dockci.containers\\:" + MODULE;
        String scm = "scm\\:git\\:" + story.origin().toUri().toString().replace(":", "\\:");
        Files.writeString(folder.resolve("release.properties"), String.join("\n", "#release configuration",
                "completedPhase=end-release", "scm.url=" + scm, "scm.tag=" + MODULE + "-" + baseline,
                "scm.tagNameFormat=@{project.artifactId}-@{project.version}", "project.rel." + key + "=" + baseline,
                "project.dev." + key + "=" + releaseVersion + SNAPSHOT, "pushChanges=true", "remoteTagging=true",
                "exec.pomFileName=pom.xml", "preparationGoals=verify", "exec.snapshotReleasePluginAllowed=false", ""));
        Files.copy(folder.resolve("pom.xml"), folder.resolve("pom.xml.releaseBackup"));
    }

    @Test
    @Order(2)
    void theNextRunOnThePushedReleaseReleasesNothing() throws IOException {
        Assumptions.assumeTrue(released, "needs the release of the run before");
        List<String> originBefore = story.originGit().refs();
        Map<String, String> registryBefore = story.pushed();
        JenkinsWorkTrees.Clone clone = story.clone("run-2");
        PipelineRun run = runPipeline(clone);

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed:\n" + run.summary());
        assertEquals(List.of(LINT, BUILD, RELEASE), run.ranStages());
        List<String> changed = Files.readAllLines(clone.directory().resolve("target/dockci/changes.txt"));
        List<String> originAfter = story.originGit().refs();
        Map<String, String> registryAfter = story.pushed();
        assertAll(
                () -> assertEquals(List.of(), changed, () -> "the release's own commits count as changes, a"
                        + " build-release loop:\n" + detectSummary(run.outputOf(BUILD))),
                () -> assertEquals(originBefore, originAfter, "no new tag or commit in origin"),
                () -> assertEquals(registryBefore, registryAfter, "nothing pushed to the registry"));
    }

    @Test
    @Order(3)
    void failingItsReleaseNothingAndLeaveNothingBehind() throws IOException {
        Path seed = story.seed("seed-failing");
        Path test = seed.resolve(MODULE_FOLDER).resolve("src/test/java/org/dockci/containers/webdav/" + FAILING_IT + ".java");
        Files.writeString(test, """
                package org.dockci.containers.webdav;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import org.dockci.testkit.Http;
                import org.dockci.testkit.ServiceUnderTest;
                import org.junit.jupiter.api.Test;

                class %s {
                    @Test
                    void healthIsATeapot() {
                        assertEquals(418, Http.anonymous().send("GET", ServiceUnderTest.uri("webdav.port", "/-/health"))
                                .statusCode());
                    }
                }
                """.formatted(FAILING_IT));
        PipelineStory.commitAndPush(seed, MODULE + ": an IT that fails");

        List<String> originBefore = story.originGit().refs();
        Map<String, String> registryBefore = story.pushed();
        EngineState engineBefore = engineState();
        JenkinsWorkTrees.Clone clone = story.clone("run-3");
        PipelineRun run = runPipeline(clone);

        assertEquals(Optional.of(BUILD), run.failedStage(), "the failing IT fails Build & test:\n" + run.summary());
        assertEquals(List.of(LINT, BUILD), run.ranStages(), "no release after a failed build");
        Map<String, Integer> webdavTests = failsafeCounts(clone.directory().resolve(MODULE_FOLDER));
        assertTrue(webdavTests.get("failures") + webdavTests.get("errors") > 0, "x3-webdav's ITs failed: " + webdavTests);
        assertTrue(run.outputOf(BUILD).contains(FAILING_IT), "the build log names the failing IT");
        List<PipelineRun.StepRun> post = run.stepsOf("post always");
        assertEquals(List.of("scripts/remove-build-containers.sh", "scripts/run-report.sh"),
                post.stream().map(PipelineRun.StepRun::command).toList());
        post.forEach(step -> assertTrue(step.process().succeeded(), step.command() + ": " + step.process().output()));
        // the run report of the failed run, written by the post step: the failing IT is shown, and the containers
        // the failure stopped the build before are as the run's Lint stage left them (unchanged)
        String report = Files.readString(clone.directory().resolve("target/dockci/report.html"));
        assertTrue(report.contains("data-module=\"" + MODULE + "\" data-status=\"failed\""), report);
        assertTrue(report.contains("data-module=\"x3-proxy\" data-status=\"unchanged\""), report);
        assertTrue(report.contains(FAILING_IT), "the report names the failing IT");
        assertTrue(Files.readString(clone.directory().resolve("target/dockci/report.md")).contains("not pushed: tests failed"));

        assertEquals(originBefore, story.originGit().refs(), "no tag, no commit pushed to origin");
        assertEquals(registryBefore, story.pushed(), "nothing pushed to the registry");
        assertNothingLeft(engineBefore);
    }

    // --- the runs

    /** The story's run on {@code clone}, with what Jenkins also sets: the origin's URL and a job's names. */
    private PipelineRun runPipeline(JenkinsWorkTrees.Clone clone) throws IOException {
        return story.run(clone, Map.of(
                "GIT_URL", story.origin().toUri().toString(),
                "JOB_NAME", "dockci/main",
                "BUILD_NUMBER", "1",
                // Jenkins gives every sh step of one run this tag; the run report gathers the run's Maven builds by it
                "BUILD_TAG", "jenkins-dockci-main-" + clone.directory().getFileName()));
    }

    // --- what the runs left

    private static Map<String, Integer> failsafeCounts(Path module) throws IOException {
        Path reports = module.resolve("target/failsafe-reports");
        assertTrue(Files.isDirectory(reports), "no failsafe reports in " + module);
        Map<String, Integer> counts = new HashMap<>(Map.of("tests", 0, "failures", 0, "errors", 0));
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.filter(file -> file.getFileName().toString().startsWith("TEST-")).toList()) {
                Element suite = xml(report).getDocumentElement();
                counts.replaceAll((name, count) -> count + Integer.parseInt(suite.getAttribute(name)));
            }
        }
        return counts;
    }

    private static Document xml(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file, e);
        }
    }

    private static List<String> junitPatterns(JenkinsWorkTrees.Clone clone) throws IOException {
        Jenkinsfile jenkinsfile = Jenkinsfile.read(clone.directory().resolve("Jenkinsfile"));
        List<String> patterns = new ArrayList<>();
        jenkinsfile.post("always").stream().filter(step -> step.name().equals("junit"))
                .forEach(step -> patterns.addAll(List.of(step.named("testResults").orElseThrow().asString().split("\\s*,\\s*"))));
        return patterns;
    }

    /** Whether an Ant-style pattern matches a file of {@code workTree} whose path starts with {@code prefix}. */
    private static boolean matches(Path workTree, List<String> patterns, String prefix) throws IOException {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            // Ant's **/ also matches no folder at all
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.replaceFirst("^\\*\\*/", "")));
        }
        try (Stream<Path> files = Files.walk(workTree)) {
            return files.filter(Files::isRegularFile).map(workTree::relativize)
                    .filter(path -> path.toString().startsWith(prefix))
                    .anyMatch(path -> matchers.stream().anyMatch(matcher -> matcher.matches(path)));
        }
    }

    private static EngineState engineState() {
        return new EngineState(lines(docker("ps", "--all", "--quiet", "--no-trunc")),
                lines(docker("volume", "ls", "--quiet")), lines(docker("network", "ls", "--quiet", "--no-trunc")));
    }

    /**
     * No container of the test's images is on the engine, and no volume or network made since {@code before} is
     * left unused. (Another build running on the same engine at the same time keeps its own in use.)
     */
    private void assertNothingLeft(EngineState before) {
        List<String> left = new ArrayList<>();
        for (String container : lines(docker("ps", "--all", "--quiet", "--no-trunc"))) {
            CommandOutput image = docker("inspect", "--format", "{{.Config.Image}}", container);
            if (image.succeeded() && image.output().strip().startsWith(story.image(""))) {
                left.add("container " + container + " of " + image.output().strip());
            }
        }
        Set<String> dangling = lines(docker("volume", "ls", "--quiet", "--filter", "dangling=true"));
        for (String volume : dangling) {
            if (!before.volumes().contains(volume)) {
                left.add("volume " + volume);
            }
        }
        for (String network : lines(docker("network", "ls", "--quiet", "--no-trunc", "--filter", "type=custom"))) {
            CommandOutput attached = docker("network", "inspect", "--format", "{{len .Containers}}", network);
            if (!before.networks().contains(network) && attached.succeeded() && attached.output().strip().equals("0")) {
                left.add("network " + network);
            }
        }
        assertEquals(List.of(), left, "left on the engine by the run");
    }

    private static CommandOutput docker(String... args) {
        return JenkinsWorkTrees.docker(args);
    }

    private static Set<String> lines(CommandOutput run) {
        assertTrue(run.succeeded(), run.command() + ": " + run.output());
        return new LinkedHashSet<>(run.output().lines().filter(line -> !line.isBlank()).toList());
    }

    private static String detectSummary(String buildOutput) {
        return String.join("\n", buildOutput.lines().filter(line -> line.matches(".*\\s(build|skip)\\s{2,}.*")).toList());
    }

    // --- poms and versions

    private static String projectVersion(Path pom) throws IOException {
        return projectVersion(xml(pom));
    }

    private static String projectVersion(Document pom) {
        for (Node child = pom.getDocumentElement().getFirstChild(); child != null;
                child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("version")) {
                return element.getTextContent().strip();
            }
        }
        throw new IllegalStateException("no project version");
    }

    /** The project version of x3-webdav's pom at {@code revision} of {@code git}'s repository. */
    private static String versionAt(GitCommand git, String revision) throws IOException {
        Path pom = Files.createTempFile("pom-", ".xml");
        try {
            Files.writeString(pom, git.run("show", revision + ":" + MODULE_FOLDER + "/pom.xml"));
            return projectVersion(pom);
        } finally {
            Files.delete(pom);
        }
    }

    /** Sets the project's own version, the first {@code <version>} after {@code </parent>}. */
    private static void setProjectVersion(Path pom, String from, String to) throws IOException {
        String text = Files.readString(pom);
        int parentEnd = text.indexOf("</parent>");
        int at = text.indexOf("<version>" + from + "</version>", parentEnd);
        assertTrue(parentEnd > 0 && at > 0, "no project version " + from + " in " + pom);
        Files.writeString(pom, text.substring(0, at) + "<version>" + to + "</version>"
                + text.substring(at + ("<version>" + from + "</version>").length()));
    }

    private static Path pluginJar(Path workTree) {
        return workTree.resolve("dockci-maven-plugin/target/dockci-maven-plugin-1.0.0.jar");
    }

    private static String nextPatch(String version) {
        int dot = version.lastIndexOf('.');
        return version.substring(0, dot + 1) + (Integer.parseInt(version.substring(dot + 1)) + 1);
    }

    private static String minor(String version) {
        return version.substring(0, version.lastIndexOf('.'));
    }

    private static String major(String version) {
        return version.substring(0, version.indexOf('.'));
    }
}
