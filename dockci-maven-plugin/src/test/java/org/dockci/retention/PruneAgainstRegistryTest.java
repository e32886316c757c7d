package org.dockci.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dockci.changes.git.GitRepository;
import org.dockci.changes.git.TestRepository;
import org.dockci.registry.RegistryClient;
import org.dockci.registry.RegistryException;
import org.dockci.registry.TestRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prune against a real registry (Debian's docker-registry on a free loopback port) holding images pushed with
 * the Docker CLI: tiny one-layer images made by {@code docker import}, labelled as dockci labels them, for the
 * commits of a real git repository. Removes every image it made. Skipped without an engine, except with CI=true.
 */
class PruneAgainstRegistryTest {

    private static final String NAMESPACE = "dockci-prune-" + UUID.randomUUID().toString().substring(0, 8);
    private static final int LAYER_BYTES = 20_000;

    @TempDir
    Path folder;

    private final List<String> repositoriesMade = new ArrayList<>();

    @BeforeAll
    static void needsAnEngine() throws Exception {
        boolean engine = run("docker", "version").exitCode() == 0;
        if (!engine && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true, but no Docker engine answers: the prune must be tested for real");
        }
        Assumptions.assumeTrue(engine, "no Docker engine: the prune is not tested against a registry here (CI runs it)");
    }

    @AfterEach
    void removeTheImagesThisTestMade() throws Exception {
        for (String repository : repositoriesMade) {
            String refs = run("docker", "images", "--format", "{{.Repository}}:{{.Tag}}", repository).output().strip();
            if (!refs.isEmpty()) {
                List<String> command = new ArrayList<>(List.of("docker", "rmi", "--force"));
                command.addAll(List.of(refs.split("\\s+")));
                run(command.toArray(String[]::new));
            }
        }
    }

    @Test
    void dryRunListsWhatTheRulesSayApplyDeletesItGcFreesTheStorageAndKeptTagsStillPull() throws Exception {
        // origin: 12 commits on main, then feature/x branched off with 3; the clone sees feature/x deleted
        List<String> mainCommits = new ArrayList<>();
        List<String> featureCommits = new ArrayList<>();
        Path originDir = folder.resolve("origin");
        Path cloneDir = folder.resolve("clone");
        try (TestRepository origin = TestRepository.init(originDir)) {
            for (int i = 1; i <= 12; i++) {
                mainCommits.add(origin.write("app/Dockerfile", "FROM debian:trixie-slim\n# " + i + "\n").commit("main " + i));
            }
            origin.newBranch("feature/x");
            for (int i = 1; i <= 3; i++) {
                featureCommits.add(origin.write("app/feature", "x" + i).commit("feature " + i));
            }
            origin.checkout("main");
            try (TestRepository clone = TestRepository.cloneOf(origin, cloneDir)) {
                origin.deleteBranch("feature/x");
                clone.fetchPrune();
            }
        }

        try (TestRegistry registry = TestRegistry.start(folder.resolve("registry"), true);
             GitRepository git = GitRepository.open(cloneDir)) {
            String repository = NAMESPACE + "/app";
            String image = registry.address() + "/" + repository;
            repositoriesMade.add(image);
            List<String> commits = new ArrayList<>(mainCommits);
            commits.addAll(featureCommits);
            for (int i = 0; i < commits.size(); i++) { // TestRepository's commits are a minute apart
                importImage(image + ":" + candidate(commits.get(i)), Optional.of(TestRepository.START.plusSeconds(60L * i)));
            }
            String releasedCandidate = candidate(mainCommits.get(2)); // built, then released as 1.1.0 unchanged
            importImage(image + ":1.0.0", Optional.of(TestRepository.START));
            tag(image + ":1.0.0", image + ":1.0");
            for (String moving : List.of("1.1.0", "1.1", "1", "latest")) {
                tag(image + ":" + releasedCandidate, image + ":" + moving);
            }
            tag(image + ":" + candidate(mainCommits.get(11)), image + ":main");
            tag(image + ":" + candidate(featureCommits.get(2)), image + ":feature-x");
            importImage(image + ":bobs-test", Optional.empty()); // pushed by someone else, no dockci label
            check(run("docker", "push", "--quiet", "--all-tags", image));

            RegistryClient client = new RegistryClient(registry.address(), Optional.empty(), true);
            Set<String> before = new TreeSet<>(client.tags(repository));
            Pruner pruner = new Pruner(client, new RetentionPolicy(new RetentionRules(5, true), git.originBranches(),
                    git::originBranchesContaining));

            ImagePlan plan = pruner.plan(repository);

            Set<String> expectedDeleted = new TreeSet<>();
            for (int i : List.of(0, 1, 3, 4, 5, 6)) { // the 7 oldest of main but the released one
                expectedDeleted.add(candidate(mainCommits.get(i)));
            }
            featureCommits.forEach(commit -> expectedDeleted.add(candidate(commit)));
            expectedDeleted.add("feature-x");
            assertEquals(expectedDeleted, plan.plan().deleted().stream().map(d -> d.tag().tag())
                    .collect(Collectors.toCollection(TreeSet::new)));
            assertTrue(plan.plan().kept().stream().filter(d -> d.tag().tag().equals(releasedCandidate)).findFirst()
                    .orElseThrow().verdict() instanceof Verdict.SharesImage, "the released candidate is kept");
            assertEquals(new Verdict.Unknown(), plan.plan().kept().stream()
                    .filter(d -> d.tag().tag().equals("bobs-test")).findFirst().orElseThrow().verdict());
            assertEquals(9, plan.plan().digestsToDelete().size());
            assertTrue(plan.bytesFreed() > 9L * LAYER_BYTES && plan.bytesFreed() < 9L * 2 * LAYER_BYTES,
                    "the 9 deleted one-layer images: " + plan.bytesFreed());
            assertEquals(before, new TreeSet<>(client.tags(repository)), "a dry run deletes nothing");

            assertEquals(9, pruner.apply(plan));

            Set<String> expectedKept = new TreeSet<>(before);
            expectedKept.removeAll(expectedDeleted);
            assertEquals(expectedKept, new TreeSet<>(client.tags(repository)));
            assertEquals(0, pruner.plan(repository).plan().deleted().size(), "a second run finds nothing to delete");

            long stored = registry.storageBytes();
            registry.garbageCollect();
            long freed = stored - registry.storageBytes();
            assertTrue(freed >= plan.bytesFreed(), "garbage collection freed " + freed + " bytes, the plan said "
                    + plan.bytesFreed());

            removeTheImagesThisTestMade();
            for (String kept : expectedKept) {
                check(run("docker", "pull", "--quiet", image + ":" + kept));
            }
        }
    }

    @Test
    void aRegistryThatRefusesDeletesIsAnErrorSayingHowToAllowThemAndNothingIsDeleted() throws Exception {
        try (TestRegistry registry = TestRegistry.start(folder.resolve("registry"), false)) {
            String repository = NAMESPACE + "/no-deletes";
            String image = registry.address() + "/" + repository;
            repositoriesMade.add(image);
            importImage(image + ":1.0.1-dev.a000001", Optional.empty());
            importImage(image + ":1.0.1-dev.a000002", Optional.empty());
            check(run("docker", "push", "--quiet", "--all-tags", image));
            RegistryClient client = new RegistryClient(registry.address(), Optional.empty(), true);
            Pruner pruner = new Pruner(client, new RetentionPolicy(new RetentionRules(0, true), Set.of("main"),
                    commit -> Optional.of(Set.of())));

            ImagePlan plan = pruner.plan(repository);
            assertEquals(2, plan.plan().digestsToDelete().size());
            RegistryException refused = assertThrows(RegistryException.class, () -> pruner.apply(plan));

            assertTrue(refused.getMessage().contains("does not allow deletes (HTTP 405"), refused.getMessage());
            assertTrue(refused.getMessage().contains("storage.delete.enabled: true"), refused.getMessage());
            assertTrue(refused.getMessage().contains("nothing of " + repository + " was deleted"), refused.getMessage());
            assertEquals(2, client.tags(repository).size());
        }
    }

    @Test
    void anUnreachableRegistryIsAnErrorNamingIt() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RegistryClient client = new RegistryClient("127.0.0.1:" + port, Optional.empty(), true);
        RegistryException unreachable = assertThrows(RegistryException.class, () -> client.tags("dockci/app"));
        assertTrue(unreachable.getMessage().startsWith("registry 127.0.0.1:" + port + " unreachable"),
                unreachable.getMessage());
    }

    /** dockci's candidate tag for a 1.1.1-SNAPSHOT built from {@code commit}. */
    private static String candidate(String commit) {
        return "1.1.1-dev." + commit.substring(0, 7);
    }

    /**
     * A one-layer image of {@link #LAYER_BYTES} random bytes, labelled with a commit's time as dockci labels it
     * (none: no label).
     */
    private void importImage(String reference, Optional<Instant> created) throws Exception {
        Path content = Files.createTempDirectory(folder, "layer");
        byte[] bytes = new byte[LAYER_BYTES];
        new Random(reference.hashCode()).nextBytes(bytes);
        Files.write(content.resolve("data"), bytes);
        List<String> command = new ArrayList<>(List.of("docker", "import"));
        created.ifPresent(time -> command.addAll(List.of("--change", "LABEL org.opencontainers.image.created=" + time)));
        command.addAll(List.of("-", reference));
        Path tar = folder.resolve("layer.tar");
        check(run("tar", "-C", content.toString(), "-cf", tar.toString(), "."));
        check(runWithInput(tar, command.toArray(String[]::new)));
    }

    private static void tag(String from, String to) throws Exception {
        check(run("docker", "tag", from, to));
    }

    private record Result(int exitCode, String output) {
    }

    private static void check(Result result) {
        if (result.exitCode() != 0) {
            throw new AssertionError("command failed: " + result.output());
        }
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static Result runWithInput(Path input, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(input.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
