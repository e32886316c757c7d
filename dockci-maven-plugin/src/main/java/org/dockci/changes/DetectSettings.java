package org.dockci.changes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockci.version.ReleaseTagFormat;

/**
 * How change detection is done for one build; the same for every module but for the shared inputs, which are
 * the module's own parent POMs.
 *
 * @param mode             auto (by what changed), all or none
 * @param tagFormat        the release tags' names; the newest one in HEAD's history is a module's baseline
 * @param baselineRevision a revision every module is compared with instead of its release tag
 * @param workTreeCounts   whether uncommitted changes (not gitignored) count as changes
 * @param sharedInputs     files every module is built from: a change in one changes every module. Each is an
 *                         absolute path (a parent POM; one outside the repository is left out) or a glob relative
 *                         to the repository's top folder ({@code containers/pom.xml}, {@code scripts/**}); a
 *                         folder stands for everything under it
 * @param environment      the build's environment variables; on a detached HEAD, {@code BRANCH_NAME} or
 *                         {@code GIT_BRANCH} names the branch
 */
public record DetectSettings(ChangeMode mode, ReleaseTagFormat tagFormat, Optional<String> baselineRevision,
        boolean workTreeCounts, List<String> sharedInputs, Map<String, String> environment) {

    /** Keeps unmodifiable copies. */
    public DetectSettings {
        sharedInputs = List.copyOf(sharedInputs);
        environment = Map.copyOf(environment);
    }

    /**
     * The settings of a module whose parent POMs are {@code parentPoms}: they count as shared inputs, besides
     * {@code sharedPaths}, as every container is built with what they configure.
     */
    public static DetectSettings of(ChangeMode mode, ReleaseTagFormat tagFormat, Optional<String> baselineRevision,
            boolean workTreeCounts, List<String> sharedPaths, List<Path> parentPoms, Map<String, String> environment) {
        List<String> shared = new ArrayList<>(sharedPaths);
        parentPoms.forEach(pom -> shared.add(pom.toAbsolutePath().toString()));
        return new DetectSettings(mode, tagFormat, baselineRevision, workTreeCounts, shared, environment);
    }

    /** Mode auto, the default tag format, no baseline revision, the work tree counting, no shared input. */
    public static DetectSettings defaults() {
        return new DetectSettings(ChangeMode.AUTO, ReleaseTagFormat.defaultFormat(), Optional.empty(), true,
                List.of(), Map.of());
    }

    /** These settings with another mode. */
    public DetectSettings withMode(ChangeMode newMode) {
        return new DetectSettings(newMode, tagFormat, baselineRevision, workTreeCounts, sharedInputs, environment);
    }

    /** These settings comparing every module with {@code revision}. */
    public DetectSettings withBaselineRevision(String revision) {
        return new DetectSettings(mode, tagFormat, Optional.of(revision), workTreeCounts, sharedInputs, environment);
    }

    /** These settings with uncommitted changes counting or not. */
    public DetectSettings withWorkTreeCounts(boolean counts) {
        return new DetectSettings(mode, tagFormat, baselineRevision, counts, sharedInputs, environment);
    }

    /** These settings with other shared inputs. */
    public DetectSettings withSharedInputs(List<String> inputs) {
        return new DetectSettings(mode, tagFormat, baselineRevision, workTreeCounts, inputs, environment);
    }

    /** These settings with other environment variables. */
    public DetectSettings withEnvironment(Map<String, String> variables) {
        return new DetectSettings(mode, tagFormat, baselineRevision, workTreeCounts, sharedInputs, variables);
    }
}
