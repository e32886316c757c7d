package org.dockci.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a throwaway container printed, when {@code docker run}'s attached streams lose it: the engine's log of the
 * container is read instead. A stand-in for the docker CLI plays the engine (the loss cannot be caused on purpose
 * with a real one): it records its calls, and its {@code run} prints what the test tells it to.
 */
class RunOutputTest {

    @TempDir
    Path folder;

    private DockerEngine engine(String runPrints) throws Exception {
        Path docker = folder.resolve("docker");
        Files.writeString(docker, """
                #!/bin/sh
                echo "$1" >> "%s/calls"
                case "$1" in
                  run) %s ;;
                  logs) echo "from the log"; echo "a warning" >&2 ;;
                esac
                """.formatted(folder, runPrints));
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwx------"));
        return new DockerEngine(docker.toString(), Map.of());
    }

    private List<String> calls() throws Exception {
        return Files.readAllLines(folder.resolve("calls"));
    }

    @Test
    void whenTheAttachedStreamsBringNothingBackTheContainersLogIsRead() throws Exception {
        ContainerOutput output = engine("exit 3").run(ContainerRun.of("image", List.of("cat", "/etc/os-release")),
                Duration.ofSeconds(10));

        assertEquals("from the log\n", output.stdout());
        assertEquals("a warning\n", output.stderr());
        assertEquals(3, output.exitCode(), "the exit code is docker run's");
        assertEquals(List.of("run", "logs", "rm"), calls(), "read, then removed");
    }

    @Test
    void whatTheRunPrintedIsKeptAndNoLogIsRead() throws Exception {
        ContainerOutput output = engine("echo attached").runScript("image", "echo attached", Duration.ofSeconds(10));

        assertEquals("attached\n", output.stdout());
        assertEquals(List.of("run", "rm"), calls());
    }

    @Test
    void aScriptThatPrintsNothingStillPrintsNothingWhenTheLogIsEmptyToo() throws Exception {
        Path docker = folder.resolve("docker");
        Files.writeString(docker, "#!/bin/sh\necho \"$1\" >> \"" + folder + "/calls\"\n");
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwx------"));

        ContainerOutput output = new DockerEngine(docker.toString(), Map.of()).runScript("image", "true",
                Duration.ofSeconds(10));

        assertTrue(output.stdout().isEmpty() && output.stderr().isEmpty(), output.toString());
        assertEquals(0, output.exitCode());
    }
}
