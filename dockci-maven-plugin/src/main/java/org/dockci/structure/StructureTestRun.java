package org.dockci.structure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.dockci.engine.ContainerOutput;
import org.dockci.engine.ContainerRun;
import org.dockci.engine.CreatedContainer;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.EngineException;
import org.dockci.engine.ImageConfig;

/**
 * Runs a structure-test file against an image, in container-structure-test's order: command tests, file content,
 * file existence, licence tests, metadata. Each command runs in a throwaway container (removed after it, also when
 * it outlives {@code timeout}); files are read from one container created and never started; the metadata comes
 * from {@code docker image inspect}. Nothing it makes stays on the engine.
 */
public final class StructureTestRun {

    /** Words that a copyright file must not hold, as container-structure-test's licence test says. */
    private static final List<String> FORBIDDEN_LICENCES = List.of("AGPL", "WTFPL");
    private static final String DEBIAN_DOCS = "/usr/share/doc";

    private final DockerEngine engine;
    private final Duration timeout;
    private final Map<String, String> buildEnvironment;
    private final Path folder;

    /**
     * @param timeout          how long one command (or one file read) may take before it is stopped and fails
     * @param buildEnvironment where {@code containerRunOptions.envVars} take their values
     * @param folder           what a relative {@code containerRunOptions.envFile} is relative to
     */
    public StructureTestRun(DockerEngine engine, Duration timeout, Map<String, String> buildEnvironment, Path folder) {
        this.engine = engine;
        this.timeout = timeout;
        this.buildEnvironment = Map.copyOf(buildEnvironment);
        this.folder = folder;
    }

    /** Runs every test of {@code config} against {@code image}, which the engine must have. */
    public List<CheckResult> run(String image, StructureConfig config) {
        ImageConfig imageConfig = engine.imageConfig(image)
                .orElseThrow(() -> new EngineException("the engine has no image " + image));
        List<CheckResult> results = new ArrayList<>();
        for (CommandTest test : config.commandTests()) {
            results.add(command(image, imageConfig, config, test));
        }
        if (!config.fileContentTests().isEmpty() || !config.fileExistenceTests().isEmpty()
                || !config.licenseTests().isEmpty()) {
            try (CreatedContainer files = engine.create(image, timeout)) {
                for (FileContentTest test : config.fileContentTests()) {
                    results.add(timed(CheckResult.Kind.FILE_CONTENT, test.name(), errors -> content(files, test, errors)));
                }
                for (FileExistenceTest test : config.fileExistenceTests()) {
                    results.add(timed(CheckResult.Kind.FILE_EXISTENCE, test.name(),
                            errors -> existence(files, imageConfig, test, errors)));
                }
                for (LicenseTest test : config.licenseTests()) {
                    results.add(timed(CheckResult.Kind.LICENSE, "", errors -> licences(files, test, errors)));
                }
            }
        }
        if (!config.metadataTest().isEmpty()) {
            results.add(timed(CheckResult.Kind.METADATA, "",
                    errors -> MetadataCheck.check(config.metadataTest(), imageConfig, errors)));
        }
        return results;
    }

    private interface Check {
        void run(List<String> errors) throws IOException;
    }

    private static CheckResult timed(CheckResult.Kind kind, String name, Check check) {
        long start = System.nanoTime();
        List<String> errors = new ArrayList<>();
        try {
            check.run(errors);
        } catch (IOException e) {
            errors.add("cannot read the image's files: " + e.getMessage());
        }
        return new CheckResult(kind, name, errors, Duration.ofNanos(System.nanoTime() - start), "", "");
    }

    private CheckResult command(String image, ImageConfig imageConfig, StructureConfig config, CommandTest test) {
        long start = System.nanoTime();
        List<String> errors = new ArrayList<>();
        ContainerRunOptions options = config.containerRunOptions();
        List<String> environment = new ArrayList<>();
        config.globalEnvVars().forEach(pair -> environment.add(pair.key() + "="
                + GoExpand.expand(pair.value(), imageConfig.environment())));
        test.envVars().forEach(pair -> environment.add(pair.key() + "="
                + GoExpand.expand(pair.value(), imageConfig.environment())));
        try {
            environment.addAll(fromEnvFile(options.envFile()));
        } catch (IOException e) {
            errors.add("cannot read containerRunOptions.envFile " + options.envFile() + ": " + e.getMessage());
        }
        for (String name : options.envVars()) {
            String value = buildEnvironment.getOrDefault(name, "");
            if (!value.isEmpty()) {
                environment.add(name + "=" + value);
            }
        }
        List<String> line = test.commandLine().stream().map(word -> GoExpand.expand(word, imageConfig.environment())).toList();
        ContainerRun run = new ContainerRun(image, line, environment,
                Optional.of(options.user()).filter(user -> !user.isEmpty()), options.privileged(),
                options.allocateTty(), options.capabilities(), options.bindMounts());
        List<String> committed = new ArrayList<>();
        ContainerOutput output = null;
        try {
            String current = image;
            for (List<String> setup : test.setup()) {
                current = engine.runAndCommit(run.in(current).running(setup), timeout);
                committed.add(current);
            }
            if (errors.isEmpty()) {
                output = engine.run(run.in(current), timeout);
            }
        } catch (EngineException e) {
            errors.add("setup: " + e.getMessage());
        } finally {
            committed.forEach(engine::removeImage);
        }
        if (output != null) {
            check(test, output, errors);
        }
        return new CheckResult(CheckResult.Kind.COMMAND, test.name(), errors, Duration.ofNanos(System.nanoTime() - start),
                output == null ? "" : output.stdout(), output == null ? "" : output.stderr());
    }

    private void check(CommandTest test, ContainerOutput output, List<String> errors) {
        if (output.timedOut()) {
            errors.add("'" + String.join(" ", test.commandLine()) + "' did not end within " + timeout.toSeconds()
                    + " s (dockci.structure.timeout): its container was stopped and removed");
            return;
        }
        for (String regex : test.expectedError()) {
            if (!Patterns.find(regex, output.stderr())) {
                errors.add("expected '" + regex + "' not found in the error output: " + shown(output.stderr()));
            }
        }
        for (String regex : test.excludedError()) {
            if (Patterns.find(regex, output.stderr())) {
                errors.add("excluded '" + regex + "' found in the error output: " + shown(output.stderr()));
            }
        }
        for (String regex : test.expectedOutput()) {
            if (!Patterns.find(regex, output.stdout())) {
                errors.add("expected '" + regex + "' not found in the output: " + shown(output.stdout()));
            }
        }
        for (String regex : test.excludedOutput()) {
            if (Patterns.find(regex, output.stdout())) {
                errors.add("excluded '" + regex + "' found in the output: " + shown(output.stdout()));
            }
        }
        if (output.exitCode() != test.exitCode()) {
            errors.add("exit code " + output.exitCode() + ", expected " + test.exitCode()
                    + (output.exitCode() == 127 || output.exitCode() == 126 ? ": " + shown(output.stderr()) : ""));
        }
    }

    private static String shown(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return "(nothing)";
        }
        return "'" + (stripped.length() > 400 ? stripped.substring(0, 400) + "…" : stripped) + "'";
    }

    /** {@code KEY=VALUE} lines of a dotenv file; blank lines, comments and empty values are left out. */
    private List<String> fromEnvFile(String envFile) throws IOException {
        if (envFile.isEmpty()) {
            return List.of();
        }
        List<String> pairs = new ArrayList<>();
        for (String raw : Files.readAllLines(folder.resolve(envFile))) {
            String line = raw.strip();
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || equals <= 0) {
                continue;
            }
            String value = line.substring(equals + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            if (!value.isEmpty()) {
                pairs.add(line.substring(0, equals).strip() + "=" + value);
            }
        }
        return pairs;
    }

    private void content(CreatedContainer files, FileContentTest test, List<String> errors) throws IOException {
        Optional<Optional<byte[]>> read = files.read(test.path(), true, StructureTestRun::firstFileContents);
        if (read.isEmpty()) {
            errors.add(test.path() + " does not exist in the image");
            return;
        }
        if (read.get().isEmpty()) {
            errors.add(test.path() + " is a directory, not a file");
            return;
        }
        String contents = new String(read.get().get(), StandardCharsets.UTF_8);
        for (String regex : test.expectedContents()) {
            if (!Patterns.find(regex, contents)) {
                errors.add("expected '" + regex + "' not found in " + test.path());
            }
        }
        for (String regex : test.excludedContents()) {
            if (Patterns.find(regex, contents)) {
                errors.add("excluded '" + regex + "' found in " + test.path());
            }
        }
    }

    /** The contents of the archive's first entry if it is a file; empty when it is a directory. */
    private static Optional<byte[]> firstFileContents(InputStream archive) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(archive);
        TarArchiveEntry entry = tar.getNextEntry();
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        return Optional.of(tar.readAllBytes());
    }

    private static TarArchiveEntry firstEntry(InputStream archive) throws IOException {
        return new TarArchiveInputStream(archive).getNextEntry();
    }

    private void existence(CreatedContainer files, ImageConfig imageConfig, FileExistenceTest test, List<String> errors)
            throws IOException {
        String path = GoExpand.expand(test.path(), imageConfig.environment());
        Optional<TarArchiveEntry> found = files.read(path, false, StructureTestRun::firstEntry)
                .filter(entry -> entry != null);
        if (!test.shouldExist()) {
            if (found.isPresent()) {
                errors.add(path + " should not exist, but does");
            }
            return;
        }
        if (found.isEmpty()) {
            errors.add(path + " should exist, but does not");
            return;
        }
        TarArchiveEntry entry = found.get();
        String mode = GoFileMode.of(entry);
        if (!test.permissions().isEmpty() && !test.permissions().equals(mode)) {
            errors.add(path + " has permissions " + mode + ", expected " + test.permissions());
        }
        if (!test.isExecutableBy().isEmpty()) {
            int bits = switch (test.isExecutableBy()) {
                case "any" -> 0111;
                case "owner" -> 0100;
                case "group" -> 0010;
                case "other" -> 0001;
                default -> -1;
            };
            if (bits < 0) {
                errors.add("isExecutableBy '" + test.isExecutableBy() + "' is not one of owner, group, other, any");
            } else if ((entry.getMode() & bits) == 0) {
                errors.add(path + " is not executable by " + test.isExecutableBy() + " (" + mode + ")");
            }
        }
        if (test.uid() != -1 && entry.getLongUserId() != test.uid()) {
            errors.add(path + " is owned by uid " + entry.getLongUserId() + ", expected " + test.uid());
        }
        if (test.gid() != -1 && entry.getLongGroupId() != test.gid()) {
            errors.add(path + " has gid " + entry.getLongGroupId() + ", expected " + test.gid());
        }
    }

    private void licences(CreatedContainer files, LicenseTest test, List<String> errors) throws IOException {
        List<String> copyrights = new ArrayList<>();
        if (test.debian()) {
            Optional<List<String>> packages = files.read(DEBIAN_DOCS, false, StructureTestRun::packageFolders);
            if (packages.isEmpty()) {
                errors.add(DEBIAN_DOCS + " does not exist in the image");
            } else {
                packages.get().forEach(name -> copyrights.add(DEBIAN_DOCS + "/" + name + "/copyright"));
            }
        }
        copyrights.addAll(test.files());
        for (String file : copyrights) {
            Optional<Optional<byte[]>> read = files.read(file, true, StructureTestRun::firstFileContents);
            if (read.isEmpty() || read.get().isEmpty()) {
                errors.add("no licence file " + file);
                continue;
            }
            String text = new String(read.get().get(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
            FORBIDDEN_LICENCES.stream().filter(text::contains)
                    .forEach(word -> errors.add(file + " names a forbidden licence: " + word));
        }
    }

    /** The folders directly under the archive's root folder (symbolic links to another package's are not). */
    private static List<String> packageFolders(InputStream archive) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(archive);
        List<String> names = new ArrayList<>();
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            String[] parts = entry.getName().replaceAll("/+$", "").split("/");
            // libgnutls30's copyright names the AGPL among others: container-structure-test lets it through
            if (entry.isDirectory() && parts.length == 2 && !parts[1].equals("libgnutls30")) {
                names.add(parts[1]);
            }
        }
        return names;
    }
}
