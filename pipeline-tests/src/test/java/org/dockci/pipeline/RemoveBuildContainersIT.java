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
 * what this work tree's build started and leaves another build's containers running.
 */
@DisabledIfEnvironmentVariable(named = ReleaseEndToEndIT.NESTED, matches = "true",
        disabledReason = "a run of the pipeline inside ReleaseEndToEndIT runs the containers' ITs only")
class RemoveBuildContainersIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final String BASE_IMAGE = "debian:bookworm-slim";

    private final String namespace = "localhost:5000/dockci-cleanup-" + UUID.randomUUID().toString().substring(0, 8);
    private final String ourImage = namespace + "/x3-webdav:1.0.1-dev.aaaaaaa";
    private final String otherBuildsImage = namespace + "/x3-webdav:1.0.1-dev.bbbbbbb";
    private final List<String> madeContainers = new ArrayList<>();
    private final List<String> madeVolumes = new ArrayList<>();

    @TempDir
    Path workTree;

    @BeforeEach
    void tagImages() {
        docker("tag", BASE_IMAGE, ourImage);
        docker("tag", BASE_IMAGE, otherBuildsImage);
    }

    @AfterEach
    void removeWhatIsLeft() {
        madeContainers.forEach(id -> CommandOutput.of(List.of("docker", "rm", "--force", id), Path.of("."), TIMEOUT));
        madeVolumes.forEach(id -> CommandOutput.of(List.of("docker", "volume", "rm", "--force", id), Path.of("."), TIMEOUT));
        CommandOutput.of(List.of("docker", "rmi", ourImage, otherBuildsImage), Path.of("."), TIMEOUT);
    }

    @Test
    void removesThisBuildsContainersAndKeepsAnotherBuilds() throws IOException {
        // what dockci:detect wrote for this work tree's x3-webdav: the candidate image it built
        Path metadata = Files.createDirectories(workTree.resolve("containers/x3-webdav/target/dockci"))
                .resolve("metadata.properties");
        int colon = ourImage.lastIndexOf(':');
        Files.writeString(metadata, "dockci.image=" + ourImage.substring(0, colon).replace(":", "\\:") + "\n"
                + "dockci.tag=" + ourImage.substring(colon + 1) + "\n");
        Path scripts = Files.createDirectories(workTree.resolve("scripts"));
        Path script = Files.copy(RepositoryRoot.path().resolve("scripts/remove-build-containers.sh"),
                scripts.resolve("remove-build-containers.sh"));

        String started = container(ourImage, "dmp.coordinates=org.dockci.containers:x3-webdav:1.0.1-SNAPSHOT");
        String itContainer = container(ourImage, "org.dockci.test=true");
        String othersStarted = container(otherBuildsImage, "dmp.coordinates=org.dockci.containers:x3-webdav:1.0.1-SNAPSHOT");
        String othersIt = container(otherBuildsImage, "org.dockci.test=true");
        String unlabelled = container(ourImage, "purpose=production");
        String unusedVolume = docker("volume", "create", "--label", "org.dockci.test=true");
        madeVolumes.add(unusedVolume);

        CommandOutput run = CommandOutput.of(List.of("bash", script.toString()), workTree, TIMEOUT);

        assertTrue(run.succeeded(), run.output());
        assertEquals(List.of(), existing(started, itContainer), "this build's containers are removed");
        assertEquals(List.of(othersStarted, othersIt), existing(othersStarted, othersIt),
                "another build's containers stay");
        assertEquals(List.of(unlabelled), existing(unlabelled), "a container the build did not start stays");
        assertTrue(CommandOutput.of(List.of("docker", "volume", "inspect", unusedVolume), Path.of("."), TIMEOUT)
                .exitCode() != 0, "the unused test volume is removed");
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

    private String container(String image, String label) {
        String id = docker("create", "--label", label, image, "sleep", "60");
        madeContainers.add(id);
        return id;
    }

    private List<String> existing(String... containers) {
        List<String> found = new ArrayList<>();
        for (String id : containers) {
            if (CommandOutput.of(List.of("docker", "inspect", id), Path.of("."), TIMEOUT).succeeded()) {
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
