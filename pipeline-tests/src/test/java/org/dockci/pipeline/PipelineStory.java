package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The setting of an end-to-end story: a temporary folder, a bare {@code origin} whose {@code main} is the committed
 * HEAD of this checkout, a local Maven repository of the story's own chained to the build's (only read), an empty git
 * config (an agent with no git identity), a namespace of the story's own for its images and the registry they go
 * to: a throwaway one of the story's own, or the machine's on 127.0.0.1:5000. The runs of the Jenkinsfile on it get
 * all that through their environment. Closing it removes the local images under the namespace, stops the throwaway
 * registry, and deletes the folder, keeping the runs' logs ({@code logs-<run>}).
 */
final class PipelineStory implements AutoCloseable {

    private static final String MACHINE_REGISTRY = "127.0.0.1:5000";
    /** What the builds name the images they push to the machine's registry: containers/pom.xml's dockci.registry. */
    private static final String MACHINE_IMAGE_REGISTRY = "localhost:5000";

    private final Path temp;
    private final Path logs;
    private final String namespace;
    /** The story's own registry, or null when it uses the machine's. */
    private final ThrowawayRegistry throwaway;
    private final String imageRegistry;
    private final RegistryApi registry;
    private final Path localRepository;
    private final Path emptyGitConfig;
    private final Path origin;

    private PipelineStory(String name, Path temp, Path logs, ThrowawayRegistry throwaway) {
        this.temp = temp;
        this.logs = logs;
        this.namespace = "dockci-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.throwaway = throwaway;
        this.imageRegistry = throwaway == null ? MACHINE_IMAGE_REGISTRY : throwaway.address();
        this.registry = new RegistryApi(throwaway == null ? MACHINE_REGISTRY : throwaway.address());
        this.localRepository = temp.resolve("m2-repository");
        this.emptyGitConfig = temp.resolve("empty.gitconfig");
        this.origin = temp.resolve("origin.git");
    }

    /**
     * A story named {@code name} ({@code dockci-<name>-<random>} its namespace) with a registry of its own, Debian's
     * docker-registry on a free loopback port ({@link ThrowawayRegistry}); its runs' logs kept in {@code logs}.
     */
    static PipelineStory withThrowawayRegistry(String name, Path logs) throws Exception {
        return open(name, logs, true);
    }

    /**
     * A story named {@code name} ({@code dockci-<name>-<random>} its namespace) on the machine's registry,
     * 127.0.0.1:5000, the builds' default (the repositories it pushes there stay); its runs' logs kept in {@code logs}.
     */
    static PipelineStory onMachineRegistry(String name, Path logs) throws Exception {
        return open(name, logs, false);
    }

    private static PipelineStory open(String name, Path logs, boolean ownRegistry) throws Exception {
        if (!JenkinsWorkTrees.docker("info").succeeded()) {
            fail("the end-to-end test needs the Docker engine: run scripts/build-env.sh");
        }
        if (!ownRegistry && !new RegistryApi(MACHINE_REGISTRY).answers()) {
            fail("the end-to-end test needs the registry on " + MACHINE_REGISTRY + ": run scripts/build-env.sh");
        }
        Path temp = Files.createTempDirectory("dockci-" + name + "-");
        ThrowawayRegistry throwaway = null;
        try {
            if (ownRegistry) {
                throwaway = ThrowawayRegistry.start(Files.createDirectories(temp.resolve("registry")));
            }
            PipelineStory story = new PipelineStory(name, temp, logs, throwaway);
            Files.createDirectories(story.localRepository);
            Files.createFile(story.emptyGitConfig);
            pushHead(story.origin);
            return story;
        } catch (Exception | AssertionError e) {
            if (throwaway != null) {
                throwaway.close();
            }
            JenkinsWorkTrees.deleteKeepingLogs(temp, logs);
            throw e;
        }
    }

    /** Makes {@code origin} bare, its {@code main} the committed HEAD of this checkout (a line says what is not). */
    private static void pushHead(Path origin) {
        Path root = RepositoryRoot.path();
        GitCommand checkout = new GitCommand(root);
        String head = checkout.run("rev-parse", "HEAD");
        if (!checkout.run("status", "--porcelain", "--untracked-files=no").isEmpty()) {
            System.out.println("end-to-end story: uncommitted changes in " + root + " are not part of the test: it runs"
                    + " on the committed HEAD " + head);
        }
        new GitCommand(origin.getParent()).run("init", "--quiet", "--bare", "--initial-branch=main", origin.toString());
        checkout.run("push", "--quiet", origin.toString(), head + ":refs/heads/main");
    }

    /** A clone of origin in the story's folder, {@code name}, to change the repository with {@link #commitAndPush}. */
    Path seed(String name) {
        Path seed = temp.resolve(name);
        new GitCommand(temp).run("clone", "--quiet", origin.toString(), seed.toString());
        return seed;
    }

    /** Commits all that differs in the clone {@code seed} (added, changed, removed), pushes main and tags to origin. */
    static void commitAndPush(Path seed, String message) {
        GitCommand git = new GitCommand(seed);
        git.run("add", "--all");
        git.run("commit", "--quiet", "--message", message);
        git.run("push", "--quiet", "origin", "main");
        git.run("push", "--quiet", "origin", "--tags");
    }

    /** A work tree {@code name} made as Jenkins makes it: origin's main checked out detached. */
    JenkinsWorkTrees.Clone clone(String name) {
        return JenkinsWorkTrees.cloneDetached(temp, origin, name);
    }

    /** {@link #run(JenkinsWorkTrees.Clone, Map)} on a new work tree {@code name}. */
    PipelineRun run(String name, Map<String, String> variables) throws IOException {
        return run(clone(name), variables);
    }

    /**
     * The Jenkinsfile's {@code sh} steps run on {@code clone} as Jenkins runs them for main, with no git identity, the
     * story's MAVEN_ARGS and {@code variables}; each step's log in {@code logs-<work tree's name>}.
     */
    PipelineRun run(JenkinsWorkTrees.Clone clone, Map<String, String> variables) throws IOException {
        Map<String, String> environment = new HashMap<>(Map.of(
                // a fresh agent has no git identity: the release commits must not need one from the machine
                "GIT_CONFIG_GLOBAL", emptyGitConfig.toString(),
                "GIT_CONFIG_NOSYSTEM", "1",
                "MAVEN_ARGS", mavenArgs()));
        environment.putAll(variables);
        Jenkinsfile jenkinsfile = Jenkinsfile.read(clone.directory().resolve("Jenkinsfile"));
        Path stepLogs = temp.resolve("logs-" + clone.directory().getFileName());
        return PipelineRun.run(jenkinsfile, clone.directory(), JenkinsWorkTrees.mainBuildEnvironment(clone, environment),
                stepLogs);
    }

    /**
     * The nested builds' MAVEN_ARGS: the plugin's own tests and invoker ITs skipped (the containers' ITs still run),
     * images under the story's namespace and registry, the story's local repository chained to the build's.
     */
    private String mavenArgs() {
        List<String> args = new ArrayList<>(List.of("-Dtest=none", "-Dsurefire.failIfNoSpecifiedTests=false",
                "-Dinvoker.skip=true", "-Ddockci.namespace=" + namespace));
        if (throwaway != null) {
            args.add("-Ddockci.registry=" + throwaway.address());
        }
        args.addAll(List.of("-Dmaven.repo.local=" + localRepository,
                "-Dmaven.repo.local.tail=" + JenkinsWorkTrees.outerLocalRepository()));
        return String.join(" ", args);
    }

    /** The work tree of the run {@code name}. */
    Path workTree(String name) {
        return temp.resolve(name);
    }

    /** The story's folder, for what a test makes beside the runs. */
    Path temp() {
        return temp;
    }

    Path origin() {
        return origin;
    }

    GitCommand originGit() {
        return new GitCommand(origin);
    }

    /** The local repository the runs install into; never the build's. */
    Path localRepository() {
        return localRepository;
    }

    String namespace() {
        return namespace;
    }

    /** The image {@code container} of the story, as the builds name it: {@code <registry>/<namespace>/<container>}. */
    String image(String container) {
        return imageRegistry + "/" + namespace + "/" + container;
    }

    /** The API of the registry the story's images are pushed to. */
    RegistryApi registry() {
        return registry;
    }

    /** Every tag of every repository under the story's namespace with its digest: what "nothing pushed" compares. */
    Map<String, String> pushed() throws IOException {
        return registry.snapshot(namespace + "/");
    }

    @Override
    public void close() throws IOException {
        JenkinsWorkTrees.removeImages(image("*"));
        if (throwaway != null) {
            throwaway.close();
        }
        JenkinsWorkTrees.deleteKeepingLogs(temp, logs);
    }
}
