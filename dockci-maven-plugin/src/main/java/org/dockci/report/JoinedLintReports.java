package org.dockci.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dockci.lint.format.LintFormat;
import org.dockci.lint.format.ReactorReports;
import org.dockci.version.MetadataFiles;

/**
 * The lint reports of a whole build, at its top ({@code target/dockci} where Maven runs): for each format that is
 * joined ({@link ReactorReports#JOINED}: GitLab Code Quality, SARIF, hadolint's JSON), the files that the container
 * modules' {@code dockci:lint} wrote in this build, as one file of the same name. GitLab reads one Code Quality
 * report per job. A module's file counts only when the build's record says its lint ran and the file is not older
 * than that run, so a file left by an earlier build with other formats is never taken for this one's; a joined file
 * of a format no module wrote in this build is removed.
 */
public final class JoinedLintReports {

    private JoinedLintReports() {
    }

    /**
     * Writes the joined reports of {@code report}'s modules, whose folders are {@code containers} in the same order,
     * into {@code directory}; returns the files written.
     */
    public static List<Path> write(List<ContainerFolder> containers, RunReport report, Path directory)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (LintFormat format : ReactorReports.JOINED) {
            String name = format.fileName().orElseThrow();
            List<Path> moduleFiles = new ArrayList<>();
            for (int i = 0; i < containers.size() && i < report.modules().size(); i++) {
                fileOfThisBuild(containers.get(i), report.modules().get(i), name).ifPresent(moduleFiles::add);
            }
            Path joined = directory.resolve(name);
            if (moduleFiles.isEmpty()) {
                Files.deleteIfExists(joined);
            } else if (!moduleFiles.equals(List.of(joined))) { // -f one module: its own file is already the whole
                ReactorReports.join(format, moduleFiles, joined);
                written.add(joined);
            }
        }
        return written;
    }

    /** The module's report file {@code name}, when its lint ran in this build and wrote it then. */
    private static Optional<Path> fileOfThisBuild(ContainerFolder container, ModuleReport module, String name)
            throws IOException {
        if (module.lint().isEmpty() || module.run().isEmpty()) {
            return Optional.empty();
        }
        // a file's time is kept to the millisecond or coarser; the record's, to the nanosecond
        Instant linted = module.run().get().started(Step.LINT).minusSeconds(1);
        Path newest = null;
        Instant newestTime = linted;
        for (Path buildDirectory : container.buildDirectories()) {
            Path file = buildDirectory.resolve(MetadataFiles.DIRECTORY).resolve(name);
            if (Files.isRegularFile(file)) {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                if (!modified.isBefore(newestTime)) {
                    newest = file;
                    newestTime = modified;
                }
            }
        }
        return Optional.ofNullable(newest);
    }
}
