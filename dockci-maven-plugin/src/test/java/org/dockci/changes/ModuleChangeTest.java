package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dockci.version.ImageMetadata;
import org.dockci.version.ImageName;
import org.dockci.version.ImageTags;
import org.junit.jupiter.api.Test;

class ModuleChangeTest {

    private static final String HEAD = "9e8d7c6b5a49382716059e8d7c6b5a4938271605";
    private static final String TAGGED = "3f2c1ab" + "0".repeat(33);
    private static final ImageName IMAGE = new ImageName("localhost:5000", "dockci", "x3-webdav");

    @Test
    void theMetadataCarriesTheChangeTheCommitAndTheTags() {
        ModuleChange change = new ModuleChange("x3-webdav", "containers/x3-webdav",
                new Verdict.ChangedPaths(List.of("Dockerfile"), List.of(), new Baseline("x3-webdav-1.2.0", TAGGED)),
                Optional.of(new Baseline("x3-webdav-1.2.0", TAGGED)), HEAD, Optional.of("feature/Foo"), List.of(),
                Optional.empty(), Optional.empty(), Instant.parse("2026-03-01T12:00:00Z"));

        assertEquals(new ImageMetadata("x3-webdav", true, "changed: Dockerfile since x3-webdav-1.2.0",
                "x3-webdav-1.2.0", TAGGED, HEAD, "9e8d7c6", "feature/Foo", false, "1.2.1-SNAPSHOT",
                "localhost:5000/dockci/x3-webdav", new ImageTags("1.2.1-dev.9e8d7c6", List.of("feature-foo")),
                "2026-03-01T12:00:00Z", "b1"), change.metadata("1.2.1-SNAPSHOT", IMAGE, "b1"));
    }

    @Test
    void anImageBuiltWithUncommittedFilesIsTaggedSoAndGetsNoMovingTag() {
        ModuleChange change = new ModuleChange("x3-webdav", "containers/x3-webdav",
                new Verdict.ChangedPaths(List.of(), List.of("webdav.conf"), new Baseline("x3-webdav-1.2.0", TAGGED)),
                Optional.empty(), HEAD, Optional.of("main"),
                List.of("webdav.conf"), Optional.of("1a2b3c4d"), Optional.of("a merge"), Instant.EPOCH);

        ImageMetadata metadata = change.metadata("1.2.1-SNAPSHOT", IMAGE, "b1");

        assertEquals(new ImageTags("1.2.1-dev.9e8d7c6.dirty-1a2b3c4d", List.of()), metadata.tags());
        assertEquals(true, metadata.dirty());
        assertEquals(Optional.of("x3-webdav: its image would be built from a work tree that is not a commit (uncommitted"
                + " webdav.conf, a merge in progress): commit or stash first, or pass -Ddockci.allowDirty=true to push it"
                + " anyway with its dirty tag"), change.deployRefusal());
    }

    @Test
    void aVersionOfFourNumbersMovesEveryOneOfItsTagsNoneCutShort() {
        ModuleChange change = new ModuleChange("x3-webdav", "containers/x3-webdav", new Verdict.ByMode(ChangeMode.ALL),
                Optional.empty(), HEAD, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Instant.EPOCH);

        ImageMetadata metadata = change.metadata("1.4.0.1", IMAGE, "b1");

        assertEquals(List.of("1.4.0", "1.4", "1", "latest"), metadata.tags().deploy());
        assertEquals("1.4.0,1.4,1,latest", metadata.projectProperties().get("dockci.tags.deploy"));
        assertEquals("latest", metadata.projectProperties().get("dockci.tag.deploy.4"));
    }

    @Test
    void aCleanWorkTreeIsNeverRefused() {
        ModuleChange change = new ModuleChange("x3-webdav", "containers/x3-webdav", new Verdict.ByMode(ChangeMode.ALL),
                Optional.empty(), HEAD, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Instant.EPOCH);

        assertEquals(Optional.empty(), change.deployRefusal());
    }

    @Test
    void absentBaselineAndBranchAreEmptyStrings() {
        ModuleChange change = new ModuleChange("x3-webdav", "containers/x3-webdav",
                new Verdict.CannotCompare("no baseline", Optional.empty()), Optional.empty(), HEAD, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Instant.EPOCH);

        ImageMetadata metadata = change.metadata("1.0.0", IMAGE, "b1");

        assertEquals("", metadata.baseline());
        assertEquals("", metadata.baselineCommit());
        assertEquals("", metadata.branch());
        assertEquals(List.of("1.0.0", "1.0", "1", "latest"), metadata.tags().all());
        assertEquals("1970-01-01T00:00:00Z", metadata.created());
    }
}
