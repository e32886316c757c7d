package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/remove-build-containers.sh, Jenkins' post step after an aborted build, on a real engine: it removes
 * what carries this build's identity and leaves another build's containers, volumes and networks, even of the
 * same image.
 */
@DisabledIfEnvironmentVariable(named = ReleaseEndToEndIT.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside ReleaseEndToEndIT runs the containers' ITs only")
class RemoveBuildContainersIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final String BASE_IMAGE = "debian:bookworm-slim";

    private final String image = "localhost:5000/dockci-cleanup-" + UUID.randomUUID().toString().substring(0, 8)
            + "/x3-webdav:1.0.1-dev.aaaaaaa";
    private final String ourBuild = "jenkins-dockers-main-" + UUID.randomUUID();
    private final String otherBuild = "jenkins-dockers-feature-" + UUID.randomUUID();
    private final List<String> madeContainers = new ArrayList<>();
    private final List<String> madeVolumes = new ArrayList<>();
    private final List<String> madeNetworks = new ArrayList<>();

    @TempDir
    Path workTree;

    @BeforeEach
    void tagImage() {
        docker("tag", BASE_IMAGE, image);
    }

    @AfterEach
    void removeWhatIsLeft() {
        madeContainers.forEach(id -> CommandOutput.of(List.of("docker", "rm", "--force", id), Path.of("."), TIMEOUT));
        madeVolumes.forEach(id -> CommandOutput.of(List.of("docker", "volume", "rm", "--force", id), Path.of("."), TIMEOUT));
        madeNetworks.forEach(id -> CommandOutput.of(List.of("docker", "network", "rm", id), Path.of("."), TIMEOUT));
        CommandOutput.of(List.of("docker", "rmi", image), Path.of("."), TIMEOUT);
    }

    @Test
    void removesThisBuildsContainersVolumesAndNetworksAndKeepsAnotherBuilds() throws IOException {
        Path script = Files.copy(RepositoryRoot.path().resolve("scripts/remove-build-containers.sh"),
                Files.createDirectories(workTree.resolve("scripts")).resolve("remove-build-containers.sh"));
        String ours = "org.dockci.build=" + ourBuild;
        String theirs = "org.dockci.build=" + otherBuild;
        // the same image, the same commit: only the build's identity tells them apart
        String started = container(image, ours, "dmp.coordinates=org.dockci.containers:x3-webdav:1.0.1-SNAPSHOT");
        String itContainer = container(image, ours, "org.dockci.test=true");
        String othersStarted = container(image, theirs, "dmp.coordinates=org.dockci.containers:x3-webdav:1.0.1-SNAPSHOT");
        String othersIt = container(image, theirs, "org.dockci.test=true");
        String unlabelled = container(image, "purpose=production", "purpose=production");
        String ourVolume = volume(ours);
        String othersVolume = volume(theirs);
        String ourNetwork = docker("network", "create", "--label", ours, "dockci-it-" + UUID.randomUUID());
        madeNetworks.add(ourNetwork);

        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("BUILD_TAG", ourBuild);
        environment.remove("DOCKCI_BUILD_ID");
        CommandOutput run = CommandOutput.of(List.of("bash", script.toString()), workTree, TIMEOUT, environment);

        assertTrue(run.succeeded(), run.output());
        assertEquals("remove-build-containers: 4 left-overs of build " + ourBuild + " removed", run.output().strip());
        assertEquals(List.of(), existing("inspect", started, itContainer), "this build's containers are removed");
        assertEquals(List.of(othersStarted, othersIt), existing("inspect", othersStarted, othersIt),
                "another build's containers stay, even of the same image");
        assertEquals(List.of(unlabelled), existing("inspect", unlabelled), "a container no build started stays");
        assertEquals(List.of(othersVolume), existing("volume inspect", ourVolume, othersVolume),
                "this build's volume goes, another build's stays");
        assertEquals(List.of(), existing("network inspect", ourNetwork), "this build's network goes");
    }

    @Test
    void withoutJenkinsTheIdentityIsThisWorkTrees() throws IOException {
        Path script = Files.copy(RepositoryRoot.path().resolve("scripts/remove-build-containers.sh"),
                Files.createDirectories(workTree.resolve("scripts")).resolve("remove-build-containers.sh"));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("BUILD_TAG");
        environment.remove("DOCKCI_BUILD_ID");

        CommandOutput run = CommandOutput.of(List.of("bash", script.toString()), workTree, TIMEOUT, environment);

        assertTrue(run.output().strip().matches("remove-build-containers: 0 left-overs of build local-[0-9a-f]{12} removed"),
                run.output());
    }

    @Test
    void failsNamingTheEngineItCannotReach() throws IOException {
        Path script = Files.copy(RepositoryRoot.path().resolve("scripts/remove-build-containers.sh"),
                Files.createDirectories(workTree.resolve("scripts")).resolve("remove-build-containers.sh"));
        String missing = "unix://" + workTree.resolve("no-engine.sock");
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("DOCKER_HOST", missing);

        CommandOutput run = CommandOutput.of(List.of("bash", script.toString()), workTree, TIMEOUT, environment);

        assertTrue(run.exitCode() != 0, "no engine is a failure, not '0 left-overs removed':\n" + run.output());
        assertTrue(run.output().startsWith("remove-build-containers: cannot reach the Docker engine at " + missing
                + " (DOCKER_HOST=" + missing + "): nothing was removed"), run.output());
    }

    private String container(String from, String build, String kind) {
        String id = docker("create", "--label", build, "--label", kind, from, "sleep", "60");
        madeContainers.add(id);
        return id;
    }

    private String volume(String build) {
        String id = docker("volume", "create", "--label", build, "--label", "org.dockci.test=true");
        madeVolumes.add(id);
        return id;
    }

    /** Which of {@code objects} {@code docker <inspect> <object>} still finds. */
    private List<String> existing(String inspect, String... objects) {
        List<String> found = new ArrayList<>();
        for (String id : objects) {
            List<String> command = new ArrayList<>(List.of("docker"));
            command.addAll(List.of(inspect.split(" ")));
            command.add(id);
            if (CommandOutput.of(command, Path.of("."), TIMEOUT).succeeded()) {
                found.add(id);
            }
        }
        return found;
    }

    private static String docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        CommandOutput run = CommandOutput.of(command, Path.of("."), TIMEOUT);
        assertTrue(run.succeeded(), command + ": " + run.output());
        return run.output().strip();
    }
}
