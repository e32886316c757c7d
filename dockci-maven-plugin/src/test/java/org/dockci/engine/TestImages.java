package org.dockci.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Small images of the tests' own, made without any registry, and the docker CLI as the tests call it. */
public final class TestImages {

    private TestImages() {
    }

    /** An image of one small file named {@code image}, made with {@code docker import} from a tarball in {@code folder}. */
    public static void importTiny(Path folder, String image) throws IOException, InterruptedException {
        Path content = Files.createDirectories(folder.resolve("content"));
        Files.writeString(content.resolve("hello.txt"), "hello from " + image + "\n");
        Path tarball = folder.resolve("tiny.tar");
        if (run(List.of("tar", "-C", content.toString(), "-cf", tarball.toString(), ".")) != 0
                || docker("import", tarball.toString(), image) != 0) {
            throw new IllegalStateException("cannot make the test image " + image);
        }
    }

    /** Skips the test without an engine, except with CI=true, where it fails. */
    public static void needsAnEngine(String what) throws IOException, InterruptedException {
        boolean engine = docker("version") == 0;
        if (!engine && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true, but no Docker engine answers: " + what + " must be tested for real");
        }
        Assumptions.assumeTrue(engine, "no Docker engine: " + what + " not tested here (CI runs it)");
    }

    /** Runs the docker CLI, its output discarded; the exit code. */
    public static int docker(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
