package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dockci.changes.git.Tag;
import org.dockci.version.ReleaseTagFormat;
import org.junit.jupiter.api.Test;

class ReleaseTagsTest {

    private static final ReleaseTagFormat FORMAT = ReleaseTagFormat.defaultFormat();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Tag tag(String name, int minute) {
        return new Tag(name, name + "-commit", Optional.of(T0.plusSeconds(60L * minute)));
    }

    private static Optional<String> newest(String artifactId, Tag... tags) {
        return new ReleaseTags(List.of(tags)).newest(FORMAT, artifactId).map(Tag::name);
    }

    @Test
    void theHighestVersionWinsWhateverItsTime() {
        assertEquals(Optional.of("a-1.10.0"), newest("a", tag("a-1.9.0", 5), tag("a-1.10.0", 1), tag("a-1.2.0", 9)));
    }

    @Test
    void equalVersionsGoByCommitTime() {
        assertEquals(Optional.of("a-1.0"), newest("a", tag("a-1.0.0", 1), tag("a-1.0", 2)));
        assertEquals(Optional.of("a-1.0.0"), newest("a", tag("a-1.0.0", 3), tag("a-1.0", 2)));
    }

    @Test
    void aMissingCommitCountsAsTheNewestOfItsVersionButNotAboveAHigherVersion() {
        Tag missing = new Tag("a-1.0", "gone", Optional.empty());

        assertEquals(Optional.of("a-1.0"), newest("a", tag("a-1.0.0", 3), missing));
        assertEquals(Optional.of("a-1.1.0"), newest("a", tag("a-1.1.0", 3), missing));
    }

    @Test
    void aFormatThatStartsWithTheVersionLooksAtEveryTag() {
        ReleaseTagFormat versionFirst = new ReleaseTagFormat("@{project.version}-@{project.artifactId}");

        assertEquals(Optional.of("2.0.0-a"), new ReleaseTags(List.of(tag("1.0.0-a", 1), tag("2.0.0-a", 2),
                tag("3.0.0-b", 3))).newest(versionFirst, "a").map(Tag::name));
    }

    @Test
    void otherModulesAndOtherTagsAreIgnored() {
        assertEquals(Optional.empty(), newest("a", tag("ab-2.0.0", 1), tag("b-1.0.0", 1), tag("v1.0.0", 1)));
        assertEquals(Optional.of("a-1.0.0"), newest("a", tag("a-b-9.0.0", 1), tag("a-1.0.0", 1)));
    }
}
