package org.dockci.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What a module that failed between docker:start and docker:stop left is removed by its labels, and only that: a
 * container with one of the labels alone stays. Runs the real engine (none: skipped, except with CI=true).
 */
class LeftContainersTest {

    private static final String BASE = "debian:trixie-slim";

    @Test
    void theContainersWithEveryLabelAreRemovedAndNoOther() throws Exception {
        TestImages.needsAnEngine("removing a failed module's containers");
        String build = "org.dockci.build=left-containers-test-" + UUID.randomUUID().toString().substring(0, 8);
        String project = "dmp.coordinates=org.dockci.containers:left:1.0.0-SNAPSHOT";
        String left = start(build, project);
        String otherModule = start(build, "dmp.coordinates=org.dockci.containers:other:1.0.0-SNAPSHOT");
        try {
            List<String> removed = DockerEngine.fromEnvironment().removeContainers(List.of(build, project));

            assertEquals(List.of(left), removed);
            assertEquals("", docker("ps", "--all", "--quiet", "--filter", "name=^/" + left + "$"));
            assertEquals(otherModule, docker("ps", "--all", "--format", "{{.Names}}", "--filter",
                    "name=^/" + otherModule + "$"));
            assertEquals(List.of(), DockerEngine.fromEnvironment().removeContainers(List.of(build, project)),
                    "nothing left: nothing to do");
        } finally {
            docker("rm", "--force", left, otherModule);
        }
    }

    @Test
    void noLabelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DockerEngine.fromEnvironment().removeContainers(List.of()));
    }

    private static String start(String... labels) throws Exception {
        String name = "dockci-left-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> run = new java.util.ArrayList<>(List.of("run", "--detach", "--name", name));
        for (String label : labels) {
            run.addAll(List.of("--label", label));
        }
        run.addAll(List.of("--entrypoint", "sleep", BASE, "300"));
        docker(run.toArray(String[]::new));
        return name;
    }

    private static String docker(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return output;
    }
}
