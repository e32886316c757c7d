package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A base image and a container built FROM it, released by the Jenkinsfile's {@code sh} steps with no hand edit
 * (issue 15): a repository whose only containers are x3-e2e-base ({@code FROM debian:trixie-slim}) and x3-e2e-child
 * ({@code FROM <registry>/<namespace>/x3-e2e-base:${BASE_TAG}}, depending on the base as README's "Add a container"
 * says), a bare origin, a registry of the test's own (Debian's docker-registry on a free loopback port, never the
 * user's), the runs as in {@link ReleaseEndToEndIT}. Four pushes, in order:
 * <ol>
 *   <li>the first releases the base, then the child built FROM the base's release, each with its own tag and
 *       version; main ends with the child depending on the base's next version;</li>
 *   <li>the next run, nothing changed, builds and releases nothing (the child's release commits are no change);</li>
 *   <li>a change to the base alone releases the base and the child again, the child FROM the base's new release.</li>
 *   <li>a change to the child alone releases the child alone, on the base's newest release (whose pom this fresh work
 *       tree's repository does not have: scripts/base-versions.sh installs it from the base's tag).</li>
 * </ol>
 * The test's registry, work folders and local images go when it ends ({@link PipelineStory}); the runs' logs stay in
 * {@code target/e2e-logs/base-and-child}.
 */
@DisabledIfEnvironmentVariable(named = JenkinsWorkTrees.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside an end-to-end test: the story does not run itself again")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BaseAndChildReleaseIT {

    private static final String BASE = "x3-e2e-base";
    private static final String CHILD = "x3-e2e-child";
    private static final String LINT = "Lint";
    private static final String BUILD = "Build & test";
    private static final String RELEASE = "Release changed containers";
    private static final String BASE_NAME_LABEL = "org.opencontainers.image.base.name";
    private static final Path LOGS = Path.of("target", "e2e-logs", "base-and-child");

    private PipelineStory story;
    private boolean firstReleased;

    @BeforeAll
    void makeOriginAndRegistry() throws Exception {
        story = PipelineStory.withThrowawayRegistry("base", LOGS);
        makeOrigin();
    }

    @AfterAll
    void removeEverythingTheTestMade() throws IOException {
        if (story != null) {
            story.close();
        }
    }

    @Test
    @Order(1)
    void theFirstPushReleasesTheBaseThenTheChildBuiltFromIt() throws IOException {
        PipelineRun run = runPipeline("run-1");

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed:\n" + run.summary());
        assertEquals(List.of(LINT, BUILD, RELEASE), run.ranStages());
        assertReleased("run-1", "1.0.0", "1.0.1-SNAPSHOT");
        firstReleased = true;
    }

    @Test
    @Order(2)
    void theNextRunWithNothingChangedBuildsAndReleasesNothing() throws IOException {
        Assumptions.assumeTrue(firstReleased, "needs the releases of the first push");
        List<String> originBefore = story.originGit().refs();
        Map<String, String> registryBefore = story.pushed();

        PipelineRun run = runPipeline("run-2");

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed (dockci:detect on the released poms?):\n"
                + run.summary());
        List<String> changed = Files.readAllLines(story.workTree("run-2").resolve("target/dockci/changes.txt"));
        assertAll(
                () -> assertEquals(List.of(), changed, () -> "the release commits count as changes, a build-release"
                        + " loop:\n" + detectLines(run.outputOf(BUILD))),
                () -> assertEquals(originBefore, story.originGit().refs(), "no new tag or commit in origin"),
                () -> assertEquals(registryBefore, story.pushed(), "nothing pushed"));
    }

    @Test
    @Order(3)
    void aChangeToTheBaseReleasesTheBaseAndTheChildFromItsNewRelease() throws IOException {
        Assumptions.assumeTrue(firstReleased, "needs the releases of the first push");
        Path seed = story.seed("seed-3");
        Files.writeString(seed.resolve("containers").resolve(BASE).resolve("Dockerfile"),
                "# changed by BaseAndChildReleaseIT at " + Instant.now() + "\n", StandardOpenOption.APPEND);
        PipelineStory.commitAndPush(seed, BASE + ": a change to release");

        PipelineRun run = runPipeline("run-3");

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed:\n" + run.summary());
        assertTrue(run.outputOf(BUILD).contains(CHILD + ": built FROM " + story.image(BASE) + ":1.0.1-dev."),
                "the build's child is built FROM the build's base:\n" + detectLines(run.outputOf(BUILD)));
        assertReleased("run-3", "1.0.1", "1.0.2-SNAPSHOT");
    }

    @Test
    @Order(4)
    void aChangeToTheChildAloneReleasesItOnTheBasesNewestRelease() throws IOException {
        Assumptions.assumeTrue(firstReleased, "needs the releases of the first push");
        Path seed = story.seed("seed-4");
        Files.writeString(seed.resolve("containers").resolve(CHILD).resolve("child.txt"), "the child, changed\n");
        PipelineStory.commitAndPush(seed, CHILD + ": a change to release");
        GitCommand originGit = story.originGit();
        String baseVersionOnMain = text(pom(originGit, "refs/heads/main", BASE), "version");
        Set<String> baseTags = Set.copyOf(originGit.run("tag", "--list", BASE + "-*").lines().toList());

        PipelineRun run = runPipeline("run-4");

        assertTrue(run.failedStage().isEmpty(), "the pipeline failed:\n" + run.summary());
        assertEquals(List.of("containers/" + CHILD), Files.readAllLines(story.workTree("run-4")
                .resolve("target/dockci/changes.txt")));
        String newest = baseTags.stream().map(tag -> tag.substring(BASE.length() + 1)).max(
                Comparator.comparing((String version) -> Integer.parseInt(version.substring(
                        version.lastIndexOf('.') + 1)))).orElseThrow();
        assertEquals(baseTags, Set.copyOf(originGit.run("tag", "--list", BASE + "-*").lines().toList()),
                "the base is not released again");
        // the base's release pom is not in this fresh work tree's repository: installed from its tag
        Element childAtTag = pom(originGit, CHILD + "-1.0.2", CHILD);
        assertEquals(newest, baseDependencyVersion(childAtTag), "the child's release names the base's newest release");
        Element childOnMain = pom(originGit, "refs/heads/main", CHILD);
        assertEquals("1.0.3-SNAPSHOT", text(childOnMain, "version"));
        assertEquals(baseVersionOnMain, baseDependencyVersion(childOnMain), "main's child depends on main's base");
        assertEquals(story.image(BASE) + ":" + newest, story.registry().labels(story.namespace() + "/" + CHILD, "1.0.2")
                .get(BASE_NAME_LABEL), "the child's release is built FROM the base's newest release");
    }

    /**
     * The run {@code runName} released the base, then the child, both as {@code version} (their own tags, images and versions): the
     * child's image is built FROM the base's released image, its tag's pom names the base's release, and main's poms
     * are at {@code next}, the child depending on the base's {@code next}.
     */
    private void assertReleased(String runName, String version, String next) throws IOException {
        assertEquals(List.of("containers/" + BASE, "containers/" + CHILD), Files.readAllLines(story.workTree(runName)
                .resolve("target/dockci/changes.txt")), "both changed, the base first");
        GitCommand originGit = story.originGit();
        Set<String> tags = Set.copyOf(originGit.run("tag").lines().toList());
        assertTrue(tags.containsAll(List.of(BASE + "-" + version, CHILD + "-" + version)), "tags: " + tags);
        Element childAtTag = pom(originGit, CHILD + "-" + version, CHILD);
        assertEquals(version, text(childAtTag, "version"));
        assertEquals(version, baseDependencyVersion(childAtTag), "the child's release names the base's release");
        Element baseOnMain = pom(originGit, "refs/heads/main", BASE);
        Element childOnMain = pom(originGit, "refs/heads/main", CHILD);
        assertEquals(next, text(baseOnMain, "version"));
        assertEquals(next, text(childOnMain, "version"));
        assertEquals(next, baseDependencyVersion(childOnMain), "main's child depends on main's base, as detect wants");
        String mainHead = originGit.run("rev-parse", "refs/heads/main");
        assertTrue(originGit.run("log", "-1", "--format=%s", mainHead).contains("[ci skip]"), "the last commit skips CI");

        RegistryApi registry = story.registry();
        for (String container : List.of(BASE, CHILD)) {
            String repository = story.namespace() + "/" + container;
            assertTrue(registry.tags(repository).containsAll(List.of(version, "latest")), registry.tags(repository)
                    + " of " + repository);
            assertEquals(originGit.run("rev-parse", container + "-" + version + "^{commit}"),
                    registry.labels(repository, version).get("org.opencontainers.image.revision"),
                    repository + ":" + version + " is the image of its release tag");
        }
        assertEquals(story.image(BASE) + ":" + version, registry.labels(story.namespace() + "/" + CHILD, version)
                .get(BASE_NAME_LABEL), "the child's release is built FROM the base's release");
    }

    // --- the repository and the runs

    private void makeOrigin() throws IOException {
        Path seed = story.seed("seed");
        // the child first: its dependency on the base, not this list, orders the build
        ContainerModules.replaceAll(seed, List.of(CHILD, BASE));
        Path base = Files.createDirectories(seed.resolve("containers").resolve(BASE));
        Files.writeString(base.resolve("Dockerfile"), """
                # x3-e2e-base: a base image of this repository's own
                FROM debian:trixie-slim
                COPY base.txt /etc/x3-e2e/base.txt
                USER nobody
                CMD ["sh", "-c", "echo x3-e2e-base ready && exec sleep infinity"]
                """);
        Files.writeString(base.resolve("base.txt"), "the base\n");
        Files.writeString(base.resolve("pom.xml"), ContainerModules.pom(BASE, waitLog(BASE), ""));
        Path child = Files.createDirectories(seed.resolve("containers").resolve(CHILD));
        Files.writeString(child.resolve("Dockerfile"), """
                # x3-e2e-child: built FROM the base of this repository
                ARG BASE_TAG=1.0.0
                FROM %s:${BASE_TAG}
                COPY child.txt /etc/x3-e2e/child.txt
                CMD ["sh", "-c", "echo x3-e2e-child ready && exec sleep infinity"]
                """.formatted(story.image(BASE)));
        Files.writeString(child.resolve("child.txt"), "the child\n");
        Files.writeString(child.resolve("pom.xml"), ContainerModules.pom(CHILD, waitLog(CHILD),
                ContainerModules.dependencyOn(BASE)));
        PipelineStory.commitAndPush(seed, BASE + " and " + CHILD + ", built FROM it");
    }

    private static String waitLog(String container) {
        return """
                    <!-- docker:start waits for this line, not for its whole timeout -->
                    <docker.wait.log>%s ready</docker.wait.log>
                """.formatted(container);
    }

    private PipelineRun runPipeline(String name) throws IOException {
        return story.run(name, Map.of("GIT_URL", story.origin().toUri().toString(),
                "BUILD_TAG", "jenkins-dockci-main-" + name));
    }

    private static String detectLines(String output) {
        return String.join("\n", output.lines().filter(line -> line.contains(BASE + ":") || line.contains(CHILD + ":"))
                .toList());
    }

    // --- poms

    /** The pom of {@code container} at {@code revision} of {@code git}'s repository. */
    private static Element pom(GitCommand git, String revision, String container) throws IOException {
        String text = git.run("show", revision + ":containers/" + container + "/pom.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read the pom of " + container + " at " + revision, e);
        }
    }

    /** The version of the child's dependency on the base. */
    private static String baseDependencyVersion(Element childPom) {
        for (Element dependency : children(child(childPom, "dependencies"), "dependency")) {
            if (text(dependency, "artifactId").equals(BASE)) {
                return text(dependency, "version");
            }
        }
        throw new AssertionError(CHILD + " does not depend on " + BASE);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }
}
