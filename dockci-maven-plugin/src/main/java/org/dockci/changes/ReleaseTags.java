package org.dockci.changes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dockci.changes.git.Tag;
import org.dockci.version.ReleaseTagFormat;
import org.dockci.version.Version;

/**
 * The tags a baseline is chosen from, sorted by name: a module looks only at the names that start like its
 * release tags, not at the thousands of tags of a hundred modules.
 */
final class ReleaseTags {

    private final TreeMap<String, Tag> tagsByName = new TreeMap<>();

    ReleaseTags(List<Tag> tags) {
        tags.forEach(tag -> tagsByName.put(tag.name(), tag));
    }

    /**
     * The module's newest release tag. Versions decide (1.10.0 after 1.9.0); equal versions go by commit time.
     * A tag whose commit is missing counts as the newest of its version: it must not be passed over silently.
     */
    Optional<Tag> newest(ReleaseTagFormat format, String artifactId) {
        return newestExcept(format, artifactId, null);
    }

    /** {@link #newest}, passing over the release of {@code excludedVersion} (null: none passed over). */
    Optional<Tag> newestExcept(ReleaseTagFormat format, String artifactId, String excludedVersion) {
        record Release(Tag tag, Version version) {
        }
        ReleaseTagFormat.ModuleReleases releases = format.releasesOf(artifactId);
        Map<String, Tag> candidates = tagsByName.tailMap(releases.beforeVersion(), true);
        return candidates.values().stream()
                .takeWhile(tag -> tag.name().startsWith(releases.beforeVersion()))
                .flatMap(tag -> releases.versionIn(tag.name()).filter(v -> !v.equals(excludedVersion))
                        .map(v -> new Release(tag, new Version(v))).stream())
                .max(Comparator.comparing(Release::version)
                        .thenComparing(release -> release.tag().commitTime().orElse(Instant.MAX))
                        .thenComparing(release -> release.tag().name()))
                .map(Release::tag);
    }
}
