package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/fan-out.sh on work trees as dockci:detect leaves them (target/dockci/build.json): which groups of changed
 * containers the Jenkinsfile's Build & test builds apart, and the line it says.
 */
class FanOutScriptTest {

    @TempDir
    Path workTree;

    /** What the script printed: the groups on standard output, its line on standard error. */
    private record Groups(List<String> lines, String said) {
    }

    /** The containers of build.json, in build order: each one's name and the modules it builds FROM. */
    private final Map<String, List<String>> containers = new LinkedHashMap<>();

    @BeforeEach
    void copyScript() throws IOException {
        Path script = Files.createDirectories(workTree.resolve("scripts")).resolve("fan-out.sh");
        Files.copy(RepositoryRoot.path().resolve("scripts/fan-out.sh"), script);
    }

    /** A container module of the build, and the modules it builds FROM. */
    private void container(String name, String... bases) {
        containers.put(name, List.of(bases));
    }

    /** Writes build.json as dockci:detect does, {@code names} changed, the other containers not. */
    private void changed(String... names) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode index = json.createObjectNode().put("format", 1).put("buildId", "b-1").put("changes", "auto");
        ArrayNode entries = index.putArray("containers");
        containers.forEach((name, bases) -> {
            ObjectNode entry = entries.addObject().put("name", name).put("path", "containers/" + name)
                    .put("changed", List.of(names).contains(name)).put("verdict", "paths");
            bases.forEach(entry.putArray("bases")::add);
        });
        Files.createDirectories(workTree.resolve("target/dockci"));
        json.writerWithDefaultPrettyPrinter().writeValue(workTree.resolve("target/dockci/build.json").toFile(), index);
    }

    private Groups fanOut() {
        CommandOutput run = run();
        assertTrue(run.succeeded(), run.output());
        try {
            String said = Files.readString(workTree.resolve("stderr.txt")).strip();
            return new Groups(run.output().lines().toList(), said);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CommandOutput run() {
        return CommandOutput.of(List.of("bash", "-c", "scripts/fan-out.sh 2>stderr.txt"), workTree, Duration.ofSeconds(30));
    }

    @Test
    void nothingChangedIsNoGroup() throws IOException {
        container("x3-webdav");
        changed();

        assertEquals(new Groups(List.of(), "fan-out: no changed container"), fanOut());
    }

    @Test
    void independentContainersAreAGroupEachInBuildOrder() throws IOException {
        container("x3-webdav");
        container("x3-proxy");
        container("x3-registry");
        changed("x3-webdav", "x3-registry");

        Groups groups = fanOut();

        assertEquals(List.of("containers/x3-webdav", "containers/x3-registry"), groups.lines());
        assertEquals("fan-out: 2 group(s) of changed containers: x3-webdav; x3-registry", groups.said());
    }

    @Test
    void aChangedBaseAndTheContainersBuiltFromItAreOneGroup() throws IOException {
        container("x3-base");
        container("x3-wiki", "x3-base");
        container("x3-webdav");
        container("x3-mail", "x3-base");
        changed("x3-base", "x3-wiki", "x3-webdav", "x3-mail");

        assertEquals(List.of("containers/x3-base,containers/x3-wiki,containers/x3-mail", "containers/x3-webdav"),
                fanOut().lines());
    }

    @Test
    void theUnchangedBasesOfAGroupGoWithItDirectOrNot() throws IOException {
        container("x3-os");
        container("x3-base", "x3-os");
        container("x3-wiki", "x3-base");
        changed("x3-wiki");

        Groups groups = fanOut();

        // detect in the branch compares x3-wiki with its bases as the whole reactor did: they must be in its reactor
        assertEquals(List.of("containers/x3-wiki,containers/x3-base,containers/x3-os"), groups.lines());
        assertEquals("fan-out: 1 group(s) of changed containers: x3-wiki (with x3-base, x3-os, unchanged)", groups.said());
    }

    @Test
    void aContainerBuiltFromTwoChangedBasesJoinsTheirGroups() throws IOException {
        container("x3-a");
        container("x3-b");
        container("x3-c");
        container("x3-both", "x3-a", "x3-b");
        changed("x3-a", "x3-b", "x3-c", "x3-both");

        assertEquals(List.of("containers/x3-a,containers/x3-b,containers/x3-both", "containers/x3-c"), fanOut().lines());
    }

    @Test
    void withoutDetectsOutputItFailsSayingWhatToRun() throws IOException {
        container("x3-webdav");

        CommandOutput missing = run();

        assertFalse(missing.succeeded());
        assertTrue(Files.readString(workTree.resolve("stderr.txt")).contains(
                "fan-out: target/dockci/build.json is missing: run dockci:detect first"));
    }
}
