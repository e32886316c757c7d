package org.dockci.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dockci.version.ImageMetadata;

/**
 * One build of the container modules, as the report tells it.
 *
 * @param build         when the build started; empty when no module recorded a run
 * @param written       when the report was written
 * @param repository    the repository's URL (credentials are taken out when written)
 * @param modules       every container module, in build order
 * @param otherFailures failures outside the container modules (the plugin's own tests, pipeline-tests), one line each
 */
public record RunReport(Optional<Instant> build, Instant written, String repository, List<ModuleReport> modules,
        List<String> otherFailures) {

    /** Keeps unmodifiable copies. */
    public RunReport {
        modules = List.copyOf(modules);
        otherFailures = List.copyOf(otherFailures);
    }

    /**
     * Reads the modules' records of the build that started at {@code build}; when it is not given (the report run
     * on its own, after the build), of the last build any module recorded.
     */
    public static RunReport read(List<ContainerFolder> containers, Optional<Instant> build, String repository,
            List<String> otherFailures, Instant now) {
        Optional<Instant> which = build.isPresent() ? build : containers.stream().map(RunReport::recordedBuild)
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        List<ModuleReport> modules = containers.stream().map(container -> ModuleReport.read(container.module(),
                container.path(), container.buildDirectory(), which.orElse(Instant.EPOCH))).toList();
        return new RunReport(which, now, repository, modules, otherFailures);
    }

    private static Optional<Instant> recordedBuild(ContainerFolder container) {
        try {
            return Optional.of(ModuleRun.read(container.buildDirectory().resolve("dockci")).build());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The modules with status {@code status}. */
    public List<ModuleReport> with(ModuleReport.Status status) {
        return modules.stream().filter(module -> module.status() == status).toList();
    }

    /** Whether the build failed: a module failed, or something else did. */
    public boolean failed() {
        return !with(ModuleReport.Status.FAILED).isEmpty() || !otherFailures.isEmpty();
    }

    /** The commit built, from the first module that recorded it. */
    public String commit() {
        return metadata().map(ImageMetadata::commit).orElse("");
    }

    /** The branch built. */
    public String branch() {
        return metadata().map(ImageMetadata::branch).orElse("");
    }

    private Optional<ImageMetadata> metadata() {
        return modules.stream().map(ModuleReport::metadata).flatMap(Optional::stream).filter(Objects::nonNull)
                .findFirst();
    }
}
