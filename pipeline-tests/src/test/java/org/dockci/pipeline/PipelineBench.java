package org.dockci.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Benchmark (run by bench/pipeline.sh, not a test): the user's pipeline timed stage by stage. A repository of
 * two containers (x3-webdav and x3-registry, this checkout's committed HEAD with the other containers taken
 * out), a bare origin, a registry of its own on a free loopback port; the Jenkinsfile's {@code sh} steps run
 * in order on a Jenkins-like workspace (one for main, reused from push to push as Jenkins does, with what the
 * runs before left in it; {@code BRANCH_NAME=main}, the commit checked out detached, and
 * {@code GIT_PREVIOUS_SUCCESSFUL_COMMIT} the commit of the run before, as Jenkins' git plugin sets it), for
 * three pushes: the first (both containers released), the release commits only (nothing changed), one line
 * changed in x3-webdav. Then x3-webdav's build, start, checks and push done by hand with the docker CLI, for
 * comparison. Prints one table.
 *
 * <p>The end-to-end ITs of pipeline-tests are switched off in these runs ({@code DOCKCI_E2E_NESTED}): in a
 * user's first push they would run too (they are among the suites a change of dockci itself runs).
 * Argument: a folder for the work (removed by the script).
 */
public final class PipelineBench {

    private static final List<String> STAGES = List.of("Lint", "Build & test", "Release changed containers");
    private static final List<String> KEPT = List.of("x3-webdav", "x3-registry");

    private final Path temp;
    private final Path origin;
    private final ThrowawayRegistry registry;
    private final String namespace = "dockci-bench-" + UUID.randomUUID().toString().substring(0, 8);
    private String previousSuccessful;

    private PipelineBench(Path temp, ThrowawayRegistry registry) {
        this.temp = temp;
        this.origin = temp.resolve("origin.git");
        this.registry = registry;
    }

    public static void main(String[] args) throws Exception {
        Path temp = Path.of(args[0]).toAbsolutePath();
        try (ThrowawayRegistry registry = ThrowawayRegistry.start(Files.createDirectories(temp.resolve("registry")))) {
            new PipelineBench(temp, registry).run();
        }
    }

    private void run() throws Exception {
        makeOrigin();
        List<String> rows = new ArrayList<>();
        rows.add(row("first push, both containers released", pipeline("run-1")));
        rows.add(row("release commits only (nothing changed)", pipeline("run-2")));
        Path seed = temp.resolve("seed");
        git(seed, "pull", "--quiet", "--rebase", "origin", "main");
        Files.writeString(seed.resolve("containers/x3-webdav/Dockerfile"), "# one line changed at " + Instant.now() + "\n",
                StandardOpenOption.APPEND);
        git(seed, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "--quiet", "--all",
                "--message", "x3-webdav: one line");
        git(seed, "push", "--quiet", "origin", "main");
        PipelineRun oneChange = pipeline("run-3");
        rows.add(row("one line changed in x3-webdav", oneChange));
        Duration byHand = byHand(seed.resolve("containers/x3-webdav"));

        System.out.printf("%n| push | Lint | Build & test | Release | total |%n|---|---|---|---|---|%n");
        rows.forEach(System.out::println);
        Duration total = STAGES.stream().map(oneChange::durationOf).reduce(Duration.ZERO, Duration::plus);
        System.out.printf("%nx3-webdav by hand with the docker CLI (bench/webdav-by-hand.sh: build, every check of its ITs"
                + " by curl and docker, push): %s; the pipeline for the same change: %s, %.1f× (target ≤ 2×)%n", seconds(byHand),
                seconds(total), (double) total.toMillis() / byHand.toMillis());
    }

    private PipelineRun pipeline(String name) throws IOException {
        JenkinsWorkTrees.Clone clone = JenkinsWorkTrees.reuseDetached(temp, origin, "workspace-main");
        Map<String, String> variables = new HashMap<>();
        if (previousSuccessful != null) {
            variables.put("GIT_PREVIOUS_SUCCESSFUL_COMMIT", previousSuccessful);
        }
        // registry and namespace are in the repository's containers/pom.xml, as a user has them: MAVEN_ARGS also
        // reaches the nested builds of the plugin's invoker ITs
        String mavenArgs = String.join(" ", "-Dmaven.repo.local=" + temp.resolve("m2"),
                "-Dmaven.repo.local.tail=" + JenkinsWorkTrees.outerLocalRepository());
        // every line of every Maven build of the run (the release's forked ones too) timed; not in the first push, whose
        // self-tests' invoker ITs read their nested builds' logs (MAVEN_ARGS reaches them) line by line
        if (keptLogs() != null && previousSuccessful != null) {
            mavenArgs += " -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS";
        }
        variables.put("MAVEN_ARGS", mavenArgs);
        Path directory = clone.directory();
        String commit = clone.commit();
        Map<String, String> environment = JenkinsWorkTrees.mainBuildEnvironment(clone, variables);
        PipelineRun run = PipelineRun.run(Jenkinsfile.read(directory.resolve("Jenkinsfile")), directory, environment,
                keptLogs() != null ? Files.createDirectories(keptLogs().resolve(name)) : temp.resolve("logs-" + name));
        if (run.failedStage().isPresent()) {
            throw new IllegalStateException(name + " failed:\n" + run.summary());
        }
        previousSuccessful = commit;
        run.stepsOf("Build & test").stream().flatMap(step -> step.process().output().lines())
                .filter(line -> line.startsWith("self-tests: ")).forEach(line -> System.out.println(name + ": " + line));
        return run;
    }

    /** BENCH_LOG_DIR: where each step's log is kept, a folder per push (Maven's lines timed after the first); else none. */
    private static Path keptLogs() {
        String folder = System.getenv("BENCH_LOG_DIR");
        return folder == null || folder.isBlank() ? null : Path.of(folder).toAbsolutePath();
    }

    private static String row(String push, PipelineRun run) {
        StringBuilder row = new StringBuilder("| " + push + " |");
        Duration total = Duration.ZERO;
        for (String stage : STAGES) {
            Duration took = run.durationOf(stage);
            total = total.plus(took);
            row.append(' ').append(seconds(took)).append(" |");
        }
        return row.append(' ').append(seconds(total)).append(" |").toString();
    }

    /**
     * x3-webdav as a careful person would release it by hand with the docker CLI and curl: bench/webdav-by-hand.sh
     * (build, every check of its ITs one for one, push). Its build finds the layers the pipeline built, as the
     * pipeline's own builds found them (the change is one line that no layer holds).
     */
    private Duration byHand(Path folder) {
        String image = registry.address() + "/" + namespace + "/x3-webdav:by-hand";
        long start = System.nanoTime();
        CommandOutput run = CommandOutput.of(List.of(RepositoryRoot.path().resolve("bench/webdav-by-hand.sh").toString(),
                folder.toString(), image), folder, Duration.ofMinutes(5));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        check(run);
        return took;
    }

    // --- the repository of two containers

    private void makeOrigin() throws IOException {
        Path root = RepositoryRoot.path();
        git(temp, "init", "--quiet", "--bare", "--initial-branch=main", origin.toString());
        git(root, "push", "--quiet", origin.toString(), git(root, "rev-parse", "HEAD") + ":refs/heads/main");
        Path seed = temp.resolve("seed");
        git(temp, "clone", "--quiet", origin.toString(), seed.toString());
        try (Stream<Path> folders = Files.list(seed.resolve("containers"))) {
            for (Path folder : folders.filter(folder -> Files.isRegularFile(folder.resolve("Dockerfile"))).toList()) {
                if (!KEPT.contains(folder.getFileName().toString())) {
                    git(seed, "rm", "-r", "--quiet", seed.relativize(folder).toString());
                }
            }
        }
        Path pom = seed.resolve("containers/pom.xml");
        String containers = Files.readString(pom);
        StringBuilder modules = new StringBuilder("<modules>\n");
        KEPT.forEach(module -> modules.append("    <module>").append(module).append("</module>\n"));
        containers = containers.substring(0, containers.indexOf("<modules>")) + modules + "  </modules>"
                + containers.substring(containers.indexOf("</modules>") + "</modules>".length());
        containers = containers.replaceFirst("<dockci.registry>[^<]*</dockci.registry>",
                "<dockci.registry>" + registry.address() + "</dockci.registry>")
                .replaceFirst("<dockci.namespace>[^<]*</dockci.namespace>", "<dockci.namespace>" + namespace + "</dockci.namespace>");
        Files.writeString(pom, containers);
        git(seed, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "--quiet", "--all",
                "--message", "two containers");
        git(seed, "push", "--quiet", "origin", "main");
    }

    private static String git(Path directory, String... args) {
        return new GitCommand(directory).run(args);
    }

    private static String check(CommandOutput run) {
        if (!run.succeeded()) {
            throw new IllegalStateException(String.join(" ", run.command()) + ": " + run.output());
        }
        return run.output();
    }

    private static String seconds(Duration duration) {
        return String.format(duration.toMillis() < 10_000 ? "%.1f s" : "%.0f s", duration.toMillis() / 1000.0);
    }
}
