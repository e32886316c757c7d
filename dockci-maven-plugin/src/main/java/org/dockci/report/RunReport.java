package org.dockci.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.dockci.version.ImageMetadata;

/**
 * One build of the container modules, as the report tells it.
 *
 * @param written       when the report was written
 * @param repository    the repository's URL (credentials are taken out when written)
 * @param modules       every container module, in build order
 * @param otherFailures failures outside the container modules (the plugin's own tests, pipeline-tests), one line each
 */
public record RunReport(Instant written, String repository, List<ModuleReport> modules, List<String> otherFailures) {

    /** Keeps unmodifiable copies. */
    public RunReport {
        modules = List.copyOf(modules);
        otherFailures = List.copyOf(otherFailures);
    }

    /** The records of the Maven build that started at {@code build}: the report written when that build ends. */
    public static Predicate<ModuleRun> session(Instant build) {
        return run -> run.build().equals(build);
    }

    /**
     * The records of CI run {@code pipeline} (Jenkins' {@code BUILD_TAG}): every Maven build of one run of the
     * Jenkinsfile (Lint, Build &amp; test, each container's release) counts, each module by its last record; so do
     * those of its fan-out branches, whose builds have identities of their own under the run's,
     * {@code <pipeline>/<branch>} (a {@code BUILD_TAG} holds no slash: Jenkins replaces the job name's).
     */
    public static Predicate<ModuleRun> pipeline(String pipeline) {
        return run -> run.pipeline().equals(pipeline) || run.pipeline().startsWith(pipeline + BRANCH_SEPARATOR);
    }

    /** Between a run's identity and one of its fan-out branches' ({@code jenkins-dockers-main-42/containers-1}). */
    public static final String BRANCH_SEPARATOR = "/";

    /** The records of the last Maven build any of {@code containers} recorded: the report run on its own. */
    public static Predicate<ModuleRun> lastSession(List<ContainerFolder> containers) {
        Optional<Instant> last = containers.stream().map(RunReport::recordedBuild).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return last.map(RunReport::session).orElse(run -> false);
    }

    /** Reads the modules' records that {@code ofThisBuild} takes. */
    public static RunReport read(List<ContainerFolder> containers, Predicate<ModuleRun> ofThisBuild, String repository,
            List<String> otherFailures, Instant now) {
        return read(containers, ofThisBuild, Map.of(), repository, otherFailures, now);
    }

    /**
     * Reads the modules' records that {@code ofThisBuild} takes, those of {@code recorded} (by their folder,
     * {@code target/dockci}) as they are, not from their files: the build that wrote them writes the report.
     */
    public static RunReport read(List<ContainerFolder> containers, Predicate<ModuleRun> ofThisBuild,
            Map<Path, ModuleRun> recorded, String repository, List<String> otherFailures, Instant now) {
        List<ModuleReport> modules = containers.stream()
                .map(container -> ModuleReport.read(container, ofThisBuild, recorded)).toList();
        return new RunReport(now, repository, modules, otherFailures);
    }

    private static Optional<Instant> recordedBuild(ContainerFolder container) {
        try {
            return Optional.of(ModuleRun.read(container.buildDirectories().get(0).resolve("dockci")).build());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** When the first build of the report started; empty when no module recorded one. */
    public Optional<Instant> started() {
        return modules.stream().map(ModuleReport::run).flatMap(Optional::stream).map(ModuleRun::build)
                .min(Comparator.naturalOrder());
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
