package org.dockci.dockerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Asks the Docker engine, through the docker CLI and its classic builder, whether it accepts a
 * Dockerfile: {@code DOCKER_BUILDKIT=0 docker build --target __none__ -f FILE EMPTY_DIR}. A file the
 * parser accepts gets as far as looking for the stage {@code __none__}, so nothing is ever built; both
 * answers exit non-zero, so the verdict is read from the message.
 */
final class CorpusDocker {

    /** The classic builder's answer once the whole file has parsed. */
    static final String ACCEPTED = "failed to reach build target __none__";
    /** How the engine starts any refusal (parse errors, empty files, instructions before FROM...). */
    static final String REFUSED = "Error response from daemon:";

    private static final int THREADS = 4;
    private static final long TIMEOUT_SECONDS = 60;

    /** Docker's verdict on one file, with its answer for messages. */
    record Verdict(boolean accepted, String answer) {
    }

    private CorpusDocker() {
    }

    /** True when {@code docker version} reaches an engine within a few seconds. */
    static boolean engineAnswers() {
        try {
            Process process = new ProcessBuilder("docker", "version", "--format", "{{.Server.Version}}")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Docker's verdict on each file, by name, asked on a few threads at once. */
    static Map<String, Verdict> verdicts(List<CorpusFile> files) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("dockci-corpus");
        Path emptyContext = Files.createDirectory(scratch.resolve("context"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Verdict>> answers = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path dockerfile = scratch.resolve(i + ".Dockerfile");
                Files.writeString(dockerfile, files.get(i).content(), StandardCharsets.UTF_8);
                answers.add(pool.submit(() -> ask(dockerfile, emptyContext)));
            }
            Map<String, Verdict> verdicts = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) {
                verdicts.put(files.get(i).name(), answers.get(i).get());
            }
            return verdicts;
        } catch (ExecutionException e) {
            throw new IllegalStateException("asking Docker failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            deleteTree(scratch);
        }
    }

    /** The verdict an answer of {@code docker build} gives; an answer that is neither fails. */
    static Verdict read(String answer) {
        if (answer.contains(ACCEPTED)) {
            return new Verdict(true, answer);
        }
        if (answer.contains(REFUSED)) {
            return new Verdict(false, answer);
        }
        throw new IllegalStateException("docker build answered neither \"" + ACCEPTED + "\" nor \"" + REFUSED
                + "...\", so it gave no verdict:\n" + answer);
    }

    private static Verdict ask(Path dockerfile, Path emptyContext) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dockerfile.getParent(), "answer", ".txt");
        ProcessBuilder build = new ProcessBuilder("docker", "build", "--target", "__none__",
                "-f", dockerfile.toString(), emptyContext.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        build.environment().put("DOCKER_BUILDKIT", "0");
        Process process = build.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("docker build did not answer within " + TIMEOUT_SECONDS + " s");
        }
        return read(answerLines(Files.readString(output, StandardCharsets.UTF_8)));
    }

    /** The answer without the client's deprecation notice and context upload line. */
    private static String answerLines(String output) {
        return output.lines()
                .filter(line -> !line.isBlank())
                .filter(line -> !line.startsWith("DEPRECATED:") && !line.startsWith(" "))
                .filter(line -> !line.startsWith("Sending build context"))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
