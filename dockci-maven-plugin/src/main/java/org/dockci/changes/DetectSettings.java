package org.dockci.changes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockci.version.ReleaseTagFormat;

/**
 * How change detection is done for one build; the same for every module.
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
 * @param sessionKey       the same for every module of one build and different for the next build (the Maven
 *                         session's start time, say): git is read once per key
 */
public record DetectSettings(ChangeMode mode, ReleaseTagFormat tagFormat, Optional<String> baselineRevision,
        boolean workTreeCounts, List<String> sharedInputs, Map<String, String> environment, String sessionKey) {

    /** Keeps unmodifiable copies. */
    public DetectSettings {
        sharedInputs = List.copyOf(sharedInputs);
        environment = Map.copyOf(environment);
    }

    /** Mode auto, the default tag format, no baseline revision, the work tree counting, no shared input. */
    public static DetectSettings defaults(String sessionKey) {
        return new DetectSettings(ChangeMode.AUTO, ReleaseTagFormat.defaultFormat(), Optional.empty(), true,
                List.of(), Map.of(), sessionKey);
    }

    /** These settings with another mode. */
    public DetectSettings withMode(ChangeMode newMode) {
        return new DetectSettings(newMode, tagFormat, baselineRevision, workTreeCounts, sharedInputs, environment,
                sessionKey);
    }

    /** These settings comparing every module with {@code revision}. */
    public DetectSettings withBaselineRevision(String revision) {
        return new DetectSettings(mode, tagFormat, Optional.of(revision), workTreeCounts, sharedInputs, environment,
                sessionKey);
    }

    /** These settings with uncommitted changes counting or not. */
    public DetectSettings withWorkTreeCounts(boolean counts) {
        return new DetectSettings(mode, tagFormat, baselineRevision, counts, sharedInputs, environment, sessionKey);
    }

    /** These settings with other shared inputs. */
    public DetectSettings withSharedInputs(List<String> inputs) {
        return new DetectSettings(mode, tagFormat, baselineRevision, workTreeCounts, inputs, environment, sessionKey);
    }

    /** These settings with other environment variables. */
    public DetectSettings withEnvironment(Map<String, String> variables) {
        return new DetectSettings(mode, tagFormat, baselineRevision, workTreeCounts, sharedInputs, variables,
                sessionKey);
    }
}
