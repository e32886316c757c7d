package org.dockci.changes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.dockci.version.ImageMetadata;
import org.dockci.version.ImageName;
import org.dockci.version.TagPolicy;

/**
 * Whether one module must be built, why, and the git facts its image is labelled with.
 *
 * @param module     the module's name (artifactId)
 * @param path       its folder relative to the repository's top, {@code containers/x3-webdav}
 * @param verdict    whether it is built and why
 * @param baseline   what it was compared with; empty when there was nothing to compare with
 * @param commit     HEAD's full id
 * @param branch     the branch built, from git or, on a detached HEAD, from the CI's environment
 * @param uncommitted the files of the module's folder that differ from HEAD (gitignored ones and the release
 *                   plugin's own version edit aside), relative to the folder; the image is built with them
 * @param dirtyDigest a digest of those files' paths and contents, empty when there are none: the image's
 *                   candidate tag carries it, so that two different dirty builds never share a tag
 * @param operation  a git operation in progress in the work tree ({@code a merge}), if any
 * @param commitTime HEAD's committer time
 */
public record ModuleChange(String module, String path, Verdict verdict,
        Optional<Baseline> baseline, String commit, Optional<String> branch, List<String> uncommitted,
        Optional<String> dirtyDigest, Optional<String> operation, Instant commitTime) {

    private static final int SHORT_ID_LENGTH = 7;

    /** Keeps an unmodifiable copy. */
    public ModuleChange {
        uncommitted = List.copyOf(uncommitted);
    }

    /** Whether the module is built. */
    public boolean changed() {
        return verdict.changed();
    }

    /** The verdict in one line, for the log: {@code changed: Dockerfile, entrypoint.sh since x3-webdav-1.2.0}. */
    public String reason() {
        return verdict.reason();
    }

    /**
     * Set when the module is built because it could not be compared (shallow clone, missing baseline commit): the
     * build must say so loudly.
     */
    public Optional<String> warning() {
        return verdict.warning();
    }

    /** Whether the image is built with uncommitted files: it is not HEAD's image. */
    public boolean dirty() {
        return dirtyDigest.isPresent();
    }

    /**
     * How the work tree differs from a commit, for messages: {@code uncommitted webdav.conf, a merge in progress};
     * empty for a clean work tree.
     */
    public Optional<String> notACommit() {
        if (!dirty() && operation.isEmpty()) {
            return Optional.empty();
        }
        String what = dirty() ? "uncommitted " + PathList.of(uncommitted) : "";
        return Optional.of(what + operation.map(op -> (what.isEmpty() ? "" : ", ") + op + " in progress").orElse(""));
    }

    /**
     * Why pushing this module's image must be refused: it is built with uncommitted files, or in the middle of a
     * git operation. Empty for a clean work tree.
     */
    public Optional<String> deployRefusal() {
        return notACommit().map(state -> module + ": its image would be built from a work tree that is not a commit ("
                + state + "): commit or stash first, or pass -Ddockci.allowDirty=true to push it anyway with its dirty tag");
    }

    /** HEAD's id in 7 characters. */
    public String commitShort() {
        return shortId(commit);
    }

    /** HEAD's commit time, ISO-8601 UTC ({@code 2026-03-01T12:00:00Z}): the image's {@code created} label. */
    public String created() {
        return DateTimeFormatter.ISO_INSTANT.format(commitTime);
    }

    /** The metadata of this module's image for {@code version} built by build {@code buildId}, with its tags by {@link TagPolicy}. */
    public ImageMetadata metadata(String version, ImageName image, String buildId) {
        return new ImageMetadata(module, changed(), reason(), baseline.map(Baseline::name).orElse(""),
                baseline.map(Baseline::commit).orElse(""), commit, commitShort(), branch.orElse(""), dirty(), version,
                image.toString(), TagPolicy.tagsFor(version, commitShort(), branch, dirtyDigest), created(),
                buildId);
    }

    static String shortId(String commit) {
        return commit.substring(0, Math.min(SHORT_ID_LENGTH, commit.length()));
    }
}
