package org.dockci.version;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about one module's image: whether it changed and why, where it comes from in git, and its
 * name and tags. Absent values (no baseline, no branch) are empty strings, the same in every output.
 *
 * @param module         the module's artifactId
 * @param reason         one line, {@code unchanged since x3-webdav-1.2.0 (3f2c1ab)}
 * @param baseline       the release tag (or revision) compared with
 * @param baselineCommit the full id of the baseline's commit
 * @param commit         the full id of HEAD
 * @param commitShort    its first 7 characters
 * @param dirty          whether the module's folder has uncommitted changes
 * @param image          the name without tag, {@code localhost:5000/dockci/x3-webdav}
 * @param created        HEAD's commit time, ISO-8601 UTC, so that rebuilding a commit gives the same labels
 * @param buildId        the identity of the build that made it ({@code org.dockci.build} on what it starts)
 * @param bases          the modules of the build whose images its Dockerfile builds FROM, by name, sorted; a build of
 *                       part of the containers (a fan-out branch) must hold them too, changed or not
 */
public record ImageMetadata(String module, boolean changed, String reason, String baseline, String baselineCommit,
        String commit, String commitShort, String branch, boolean dirty, String version, String image, ImageTags tags,
        String created, String buildId, List<String> bases) {

    /** How many {@code dockci.tag.deploy.N} properties there are at least (1.4, 1 and latest for a release). */
    public static final int DEPLOY_TAG_SLOTS = 3;

    /** Keeps an unmodifiable copy of the bases; none when not given (a {@code metadata.json} written before them). */
    public ImageMetadata {
        bases = bases == null ? List.of() : List.copyOf(bases);
    }

    /** The metadata of a module built FROM no other module's image. */
    public ImageMetadata(String module, boolean changed, String reason, String baseline, String baselineCommit,
            String commit, String commitShort, String branch, boolean dirty, String version, String image, ImageTags tags,
            String created, String buildId) {
        this(module, changed, reason, baseline, baselineCommit, commit, commitShort, branch, dirty, version, image, tags,
                created, buildId, List.of());
    }

    /** This metadata with {@code bases} as the modules it builds FROM. */
    public ImageMetadata withBases(List<String> bases) {
        return new ImageMetadata(module, changed, reason, baseline, baselineCommit, commit, commitShort, branch, dirty,
                version, image, tags, created, buildId, bases.stream().sorted().toList());
    }

    /**
     * The project properties the build uses, also the content of {@code metadata.properties}: the image
     * configuration and its OCI labels read {@code dockci.tag}, {@code dockci.revision}, {@code dockci.created}.
     */
    public Map<String, String> projectProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("dockci.module", module);
        properties.put("dockci.changed", Boolean.toString(changed));
        properties.put("dockci.reason", reason);
        properties.put("dockci.baseline", baseline);
        properties.put("dockci.baseline.commit", baselineCommit);
        properties.put("dockci.revision", commit);
        properties.put("dockci.revision.short", commitShort);
        properties.put("dockci.branch", branch);
        properties.put("dockci.dirty", Boolean.toString(dirty));
        properties.put("dockci.version", version);
        properties.put("dockci.image", image);
        properties.put("dockci.tag", tags.candidate());
        properties.put("dockci.tags.deploy", String.join(",", tags.deploy()));
        // one property per moving tag, for a POM that names them one by one (dockci:push reads dockci.tags.deploy);
        // at least three, a slot without a moving tag repeating the candidate, which tags nothing new
        for (int slot = 1; slot <= Math.max(DEPLOY_TAG_SLOTS, tags.deploy().size()); slot++) {
            properties.put("dockci.tag.deploy." + slot,
                    slot <= tags.deploy().size() ? tags.deploy().get(slot - 1) : tags.candidate());
        }
        properties.put("dockci.created", created);
        properties.put("dockci.build.id", buildId);
        properties.put("dockci.bases", String.join(",", bases));
        return properties;
    }
}
