package org.dockci.lint.shellcheck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code shellcheck} program (Debian's {@code shellcheck} package; json1 and {@code --norc} need 0.8 or
 * later), run once on several scripts, with a time limit: a program that outlives it is stopped, its children
 * too. Codes hadolint leaves out for Dockerfiles are left out here too: SC1090 and SC1091 (a sourced file
 * ShellCheck cannot follow: it needs a directive that a Dockerfile cannot carry) and SC2187 (ash is checked
 * as dash). {@code .shellcheckrc} files are not read: a Dockerfile is checked the same on every machine.
 */
public record ShellCheckProgram(Path executable, Duration timeout) {

    /** How long ShellCheck may take on one Dockerfile's scripts. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The codes hadolint excludes (see above). */
    static final List<String> EXCLUDED = List.of("SC1090", "SC1091", "SC2187");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One comment of ShellCheck's json1 report; the other fields (end, fix) are not used. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comment(String file, int line, int column, String level, int code, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Report(List<Comment> comments) {
    }

    /** The {@code shellcheck} found first on the PATH, with the default time limit; empty when there is none. */
    public static Optional<ShellCheckProgram> onPath() {
        return onPath(System.getenv("PATH"));
    }

    /** The {@code shellcheck} found first in the folders of {@code path} (as the PATH variable lists them). */
    static Optional<ShellCheckProgram> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            for (String name : List.of("shellcheck", "shellcheck.exe")) {
                Path candidate = Path.of(folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new ShellCheckProgram(candidate, TIMEOUT));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * ShellCheck's comments on {@code scripts}, each naming its script by index ({@link Comment#file()} is
     * {@code "3.sh"} for the fourth).
     *
     * @throws ShellCheckFailure when the program cannot be run, crashes, answers with something else than its
     *         report or does not finish in time
     */
    List<Comment> check(List<String> scripts) throws ShellCheckFailure {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("dockci-shellcheck");
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--norc", "--format=json1",
                    "--exclude=" + String.join(",", EXCLUDED)));
            for (int i = 0; i < scripts.size(); i++) {
                Files.writeString(folder.resolve(fileName(i)), scripts.get(i), StandardCharsets.UTF_8);
                command.add(fileName(i));
            }
            Path out = folder.resolve("shellcheck.out");
            Path err = folder.resolve("shellcheck.err");
            // to files, not pipes: nothing to drain, however much it writes, and nothing to block on when it hangs
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            process.getOutputStream().close();
            int exit = await(process);
            // 0: no comment, 1: comments; anything else: it could not check the files
            if (exit != 0 && exit != 1) {
                throw new ShellCheckFailure(executable + " failed (exit code " + exit + ")" + excerpt(err));
            }
            return parse(Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ShellCheckFailure(executable + " could not be run: " + e.getMessage());
        } finally {
            delete(folder);
        }
    }

    /** The name of script {@code index}'s file, as the report names it. */
    static String fileName(int index) {
        return index + ".sh";
    }

    private int await(Process process) throws ShellCheckFailure {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            stop(process);
            throw new ShellCheckFailure(executable + " did not finish within " + seconds(timeout) + " and was stopped");
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new ShellCheckFailure(executable + " was interrupted");
        }
    }

    /** Stops the process and whatever it started: the children first, as they are its descendants only while it lives. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Comment> parse(String json) throws ShellCheckFailure {
        if (json.isBlank()) {
            return List.of();
        }
        try {
            Report report = JSON.readValue(json, Report.class);
            if (report == null || report.comments() == null) {
                throw new ShellCheckFailure(executable + " answered without its json1 report: " + shorten(json));
            }
            return report.comments();
        } catch (JsonProcessingException e) {
            throw new ShellCheckFailure(executable + " answered something else than its json1 report: " + shorten(json));
        }
    }

    private static String excerpt(Path err) throws IOException {
        String text = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8).strip() : "";
        return text.isEmpty() ? "" : ": " + shorten(text.lines().limit(3).collect(Collectors.joining(" / ")));
    }

    private static String shorten(String text) {
        String line = text.strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind harms nothing; the lint's result does not depend on it
        }
    }
}
