package org.dockci.changes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dockci.changes.git.Tag;
import org.dockci.version.ReleaseTagFormat;
import org.dockci.version.Version;

/** Picks a module's last release among tags: the highest version, then the newest commit. */
final class ReleaseTags {

    private ReleaseTags() {
    }

    /**
     * The module's newest release tag. Versions decide (1.10.0 after 1.9.0); equal versions go by commit time.
     * A tag whose commit is missing counts as the newest of its version: it must not be passed over silently.
     */
    static Optional<Tag> newest(List<Tag> tags, ReleaseTagFormat format, String artifactId) {
        record Release(Tag tag, Version version) {
        }
        return tags.stream()
                .flatMap(tag -> format.versionIn(tag.name(), artifactId).map(v -> new Release(tag, new Version(v)))
                        .stream())
                .max(Comparator.comparing(Release::version)
                        .thenComparing(release -> release.tag().commitTime().orElse(Instant.MAX))
                        .thenComparing(release -> release.tag().name()))
                .map(Release::tag);
    }
}
