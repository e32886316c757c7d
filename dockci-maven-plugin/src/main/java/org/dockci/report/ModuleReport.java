package org.dockci.report;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dockci.lint.LintFindings;
import org.dockci.packages.PackageDiffReport;
import org.dockci.version.ImageMetadata;
import org.dockci.version.MetadataFiles;

/**
 * Everything known of one container module in one build, read from its {@code target/}. Reading never fails: a
 * file that is missing or unreadable leaves its part empty, and {@code notes} say which.
 *
 * @param module   the module's name
 * @param path     its folder, relative to the repository's top, {@code containers/x3-webdav}
 * @param status   how it went in this build
 * @param metadata what {@code dockci:detect} wrote; empty when it did not run in this build
 * @param lint     what {@code dockci:lint} found
 * @param run      the goals this build ran in it; empty when it did not reach it
 * @param image    the image it built
 * @param tests    failsafe's results, written by this build
 * @param packages the package diff with the previous release
 * @param notes    what could not be read, for the reader of the report
 */
public record ModuleReport(String module, String path, Status status, Optional<ImageMetadata> metadata,
        Optional<LintFindings> lint, Optional<ModuleRun> run, Optional<ImageRecord> image, FailsafeReports tests,
        Optional<PackageDiffReport> packages, List<String> notes) {

    /** How a module went. */
    public enum Status {
        /** Built and tested, nothing failed. */
        PASSED,
        /** A goal failed in it. */
        FAILED,
        /** Unchanged since its last release: linted, not built. */
        UNCHANGED,
        /** Changed, but this run did not build it ({@code docker.skip}, the Lint stage's run). */
        NOT_BUILT,
        /** The build stopped (or was stopped) before it: a failure elsewhere, or a kill. */
        NOT_REACHED;

        /** Lower case, as the report and its CSS classes name it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Keeps an unmodifiable copy. */
    public ModuleReport {
        notes = List.copyOf(notes);
    }

    /**
     * Reads what the build left in the module's {@code target} when its {@code run.json} is of this build
     * ({@code ofThisBuild}): the record of an earlier build is not taken for this one's. Of several build folders
     * with such a record, the one whose build started last is read. A record in {@code recorded} (by its folder,
     * {@code target/dockci}) is taken from there instead of its file: the build that wrote it still holds it.
     */
    public static ModuleReport read(ContainerFolder container, Predicate<ModuleRun> ofThisBuild,
            Map<Path, ModuleRun> recorded) {
        Notes notes = new Notes();
        Path buildDirectory = container.buildDirectories().get(0);
        Optional<ModuleRun> run = Optional.empty();
        for (Path candidate : container.buildDirectories()) {
            Path folder = candidate.resolve(MetadataFiles.DIRECTORY);
            boolean first = candidate.equals(container.buildDirectories().get(0));
            Optional<ModuleRun> found = recorded.containsKey(folder) ? Optional.of(recorded.get(folder))
                    : first ? notes.read(ModuleRun.NAME, () -> ModuleRun.read(folder))
                    : notes.readIfThere(folder.resolve(ModuleRun.NAME), () -> ModuleRun.read(folder));
            found = found.filter(ofThisBuild);
            if (found.isPresent() && (run.isEmpty() || found.get().build().isAfter(run.get().build()))) {
                run = found;
                buildDirectory = candidate;
            }
        }
        return read(container.module(), container.path(), buildDirectory, run, notes);
    }

    private static ModuleReport read(String module, String path, Path buildDirectory, Optional<ModuleRun> run,
            Notes notes) {
        Path dockci = buildDirectory.resolve(MetadataFiles.DIRECTORY);
        Optional<ImageMetadata> metadata = run.isEmpty() ? Optional.empty()
                : notes.read(MetadataFiles.JSON, () -> MetadataFiles.readJson(buildDirectory));
        Optional<LintFindings> lint = run.filter(ran -> ran.ran(Step.LINT))
                .flatMap(ran -> notes.read(LintFindings.NAME, () -> LintFindings.read(dockci)));
        boolean built = run.isPresent() && run.get().passed(Step.BUILD);
        Optional<ImageRecord> image = built ? notes.read(ImageRecord.NAME, () -> ImageRecord.read(dockci))
                : Optional.empty();
        FailsafeReports tests = run.filter(ran -> ran.ran(Step.TESTS))
                .map(ran -> FailsafeReports.read(buildDirectory.resolve("failsafe-reports"), ran.started(Step.TESTS)))
                .orElse(new FailsafeReports(List.of(), List.of()));
        Optional<PackageDiffReport> packages = run.filter(ran -> ran.passed(Step.PACKAGES))
                .flatMap(ran -> notes.readIfThere(dockci.resolve(PackageDiffReport.NAME + ".json"),
                        () -> PackageDiffReport.read(dockci)));
        Status status;
        if (run.isEmpty()) {
            status = Status.NOT_REACHED;
        } else if (run.get().failed()) {
            status = Status.FAILED;
        } else if (metadata.isPresent() && !metadata.get().changed()) {
            status = Status.UNCHANGED;
        } else if (!run.get().ran(Step.BUILD)) {
            status = Status.NOT_BUILT;
        } else {
            status = Status.PASSED;
        }
        return new ModuleReport(module, path, status, metadata, lint, run, image, tests, packages, notes.texts);
    }

    /** Whether it was built in this build (changed, and its image made). */
    public boolean built() {
        return run.map(ran -> ran.passed(Step.BUILD)).orElse(false);
    }

    /** Whether its ITs ran in this build. */
    public boolean tested() {
        return run.map(ran -> ran.ran(Step.TESTS)).orElse(false);
    }

    /** Whether its image was pushed, with all its tags (a half push is not). */
    public boolean pushed() {
        return image.map(record -> !record.pushed().isEmpty() && record.notPushed().isEmpty()).orElse(false);
    }

    /** The failure's message; empty when nothing failed. */
    public String failure() {
        return run.map(ModuleRun::failure).orElse("");
    }

    /** The goal that failed; empty when none did. */
    public String failedGoal() {
        return run.map(ModuleRun::failedGoal).orElse("");
    }

    /** What reading a module's files found missing or unreadable. */
    private static final class Notes {
        private final List<String> texts = new ArrayList<>();

        interface Reader<T> {
            T read() throws IOException;
        }

        <T> Optional<T> read(String what, Reader<T> reader) {
            try {
                return Optional.of(reader.read());
            } catch (NoSuchFileException | FileNotFoundException e) {
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                texts.add(what + " could not be read: " + e.getMessage().lines().findFirst().orElse(""));
                return Optional.empty();
            }
        }

        <T> Optional<T> readIfThere(Path file, Reader<T> reader) {
            return Files.isRegularFile(file) ? read(file.getFileName().toString(), reader) : Optional.empty();
        }
    }
}
