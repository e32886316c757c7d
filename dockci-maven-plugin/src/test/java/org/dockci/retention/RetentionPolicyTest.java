package org.dockci.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dockci.registry.Manifest;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Commits a… are on main (and, being old, on nothing else); f… on a branch deleted in origin; u… unknown. */
    private static final CommitBranches BRANCHES = commit -> switch (commit.charAt(0)) {
        case 'a' -> Optional.of(Set.of("main"));
        case 'b' -> Optional.of(Set.of("main", "feature/y"));
        case 'f' -> Optional.of(Set.of());
        default -> Optional.empty();
    };

    private final List<RegistryTag> tags = new ArrayList<>();

    private void tag(String tag, String digest, int minutes) {
        tags.add(new RegistryTag(tag, digest, Optional.of(T0.plusSeconds(60L * minutes))));
    }

    private RetentionPlan plan(int keep, boolean pruneBranches) {
        return new RetentionPolicy(new RetentionRules(keep, pruneBranches), Set.of("main"), BRANCHES).plan(tags);
    }

    private static Set<String> deletedTags(RetentionPlan plan) {
        return plan.deleted().stream().map(decision -> decision.tag().tag()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Verdict verdictOf(RetentionPlan plan, String tag) {
        return plan.decisions().stream().filter(decision -> decision.tag().tag().equals(tag)).findFirst().orElseThrow()
                .verdict();
    }

    /** 12 main candidates pushed newest first (push order is not age), a deleted branch's 3, releases, strangers. */
    private void theIssuesRegistry() {
        for (int i = 12; i >= 1; i--) {
            tag("1.1.1-dev.a00000" + Integer.toHexString(i), "sha256:main" + i, i * 10);
        }
        tag("main", "sha256:main12", 120);
        for (int i = 1; i <= 3; i++) {
            tag("1.1.1-dev.f00000" + i, "sha256:feature" + i, 200 + i);
        }
        tag("feature-x", "sha256:feature3", 203);
        tag("1.0.0", "sha256:release1", 0);
        tag("1.0", "sha256:release1", 0);
        tag("1.1.0", "sha256:release2", 5);
        tag("1.1", "sha256:release2", 5);
        tag("1", "sha256:release2", 5);
        tag("latest", "sha256:release2", 5);
        tag("1.1.0-dev.a0000ff", "sha256:release2", 4); // the release's image, built as a candidate first
        tags.add(new RegistryTag("bobs-test", "sha256:bob", Optional.empty()));
    }

    @Test
    void theNewestCandidatesOfEachBranchReleasesAndStrangersAreKeptTheRestDeleted() {
        theIssuesRegistry();
        RetentionPlan plan = plan(5, true);
        Set<String> expected = new TreeSet<>(List.of("1.1.1-dev.a000001", "1.1.1-dev.a000002", "1.1.1-dev.a000003",
                "1.1.1-dev.a000004", "1.1.1-dev.a000005", "1.1.1-dev.a000006", "1.1.1-dev.a000007",
                "1.1.1-dev.f000001", "1.1.1-dev.f000002", "1.1.1-dev.f000003", "feature-x"));
        assertEquals(expected, deletedTags(plan));
        assertEquals(new RecentCandidateShape("main", 1), RecentCandidateShape.of(verdictOf(plan, "1.1.1-dev.a00000c")));
        assertInstanceOf(Verdict.LiveBranchTag.class, verdictOf(plan, "main"));
        assertInstanceOf(Verdict.Release.class, verdictOf(plan, "1.0.0"));
        assertInstanceOf(Verdict.MovingTag.class, verdictOf(plan, "latest"));
        assertInstanceOf(Verdict.MovingTag.class, verdictOf(plan, "1"));
        assertEquals(new Verdict.SharesImage("1.1.0"), verdictOf(plan, "1.1.0-dev.a0000ff"));
        assertEquals("unknown, kept", verdictOf(plan, "bobs-test").reason());
        assertEquals(new Verdict.DeletedBranchTag(), verdictOf(plan, "feature-x"));
        assertEquals(10, plan.digestsToDelete().size(), "feature-x and its candidate go as one digest");
    }

    private record RecentCandidateShape(String branch, int rank) {
        static RecentCandidateShape of(Verdict verdict) {
            Verdict.RecentCandidate recent = assertInstanceOf(Verdict.RecentCandidate.class, verdict);
            return new RecentCandidateShape(recent.branch(), recent.rank());
        }
    }

    @Test
    void withoutBranchPruningADeletedBranchKeepsItsTagAndCandidates() {
        theIssuesRegistry();
        RetentionPlan plan = plan(5, false);
        assertEquals(7, plan.deleted().size());
        assertEquals(new Verdict.DeletedBranchKept(), verdictOf(plan, "feature-x"));
        assertEquals(new Verdict.DeletedBranchKept(), verdictOf(plan, "1.1.1-dev.f000001"));
    }

    @Test
    void aCandidateOnTwoBranchesIsKeptWhenItIsAmongTheNewestOfEither() {
        tag("1.0.1-dev.b000001", "sha256:b1", 1); // on main and feature/y, the only one of feature/y
        tag("1.0.1-dev.a000002", "sha256:a2", 2);
        tag("1.0.1-dev.a000003", "sha256:a3", 3);
        RetentionPlan plan = plan(1, true);
        assertEquals(Set.of("1.0.1-dev.a000002"), deletedTags(plan));
        assertEquals("candidate 1 of the newest 1 on feature/y", verdictOf(plan, "1.0.1-dev.b000001").reason());
    }

    @Test
    void candidatesAreOrderedByCommitTimeNotByPushOrderOrName() {
        tag("1.0.1-dev.a00000f", "sha256:old", 1);
        tag("1.0.1-dev.a000001", "sha256:new", 9);
        assertEquals(Set.of("1.0.1-dev.a00000f"), deletedTags(plan(1, true)));
    }

    @Test
    void inDoubtACandidateIsKept() {
        tag("1.0.1-dev.c0ffee1", "sha256:unknown-commit", 1);
        tags.add(new RegistryTag("1.0.1-dev.a000001", "sha256:no-label", Optional.empty()));
        tag("1.0.1-dev.a000002", "sha256:a2", 2);
        tag("1.0.1-dev.a000003", "sha256:a3", 3);
        RetentionPlan plan = plan(0, true);
        assertEquals(Set.of("1.0.1-dev.a000002", "1.0.1-dev.a000003"), deletedTags(plan));
        assertEquals(new Verdict.UnknownCommit("c0ffee1"), verdictOf(plan, "1.0.1-dev.c0ffee1"));
        assertEquals(new Verdict.NoCreationTime(), verdictOf(plan, "1.0.1-dev.a000001"));
    }

    @Test
    void dirtyCandidatesPreReleasesAndBranchTagsThatLookLikeReleasesAreRecognised() {
        assertInstanceOf(TagKind.Candidate.class, TagKind.of("1.4.1-dev.3f2c1ab.dirty-1a2b3c4d"));
        assertEquals(new TagKind.Candidate("3f2c1ab"), TagKind.of("1.4.1-dev.3f2c1ab"));
        assertInstanceOf(TagKind.Release.class, TagKind.of("1.4.0-rc1"));
        assertInstanceOf(TagKind.Release.class, TagKind.of("1.4.0.1"));
        assertInstanceOf(TagKind.MovingTag.class, TagKind.of("1.4"));
        assertInstanceOf(TagKind.Other.class, TagKind.of("branch-1.4"));
        assertFalse(TagKind.of("1.4.1-dev.notahash") instanceof TagKind.Candidate, "names no commit");
    }

    @Test
    void bytesFreedCountBlobsNoKeptManifestUsesOnce() {
        tag("1.0.1-dev.a000001", "sha256:m1", 1);
        tag("1.0.1-dev.a000002", "sha256:m2", 2);
        tag("1.0.1-dev.a000003", "sha256:m3", 3);
        RetentionPlan plan = plan(1, true);
        Manifest.Blob base = new Manifest.Blob("sha256:base", 1000);
        Manifest.Blob shared = new Manifest.Blob("sha256:shared-by-deleted", 70);
        Map<String, Manifest> manifests = Map.of(
                "sha256:m1", manifest("sha256:m1", base, shared, new Manifest.Blob("sha256:l1", 5)),
                "sha256:m2", manifest("sha256:m2", base, shared, new Manifest.Blob("sha256:l2", 7)),
                "sha256:m3", manifest("sha256:m3", base, new Manifest.Blob("sha256:l3", 11)));
        assertEquals(5 + 7 + 70 + 2 * 3, plan.bytesFreed(manifests));
    }

    private static Manifest manifest(String digest, Manifest.Blob... layers) {
        return new Manifest(digest, "application/vnd.docker.distribution.manifest.v2+json",
                Optional.of(new Manifest.Blob("sha256:config-" + digest, 3)), List.of(layers));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionRules(-1, true));
    }

    @Test
    void onlyACandidateOnABranchOfOriginNeedsItsCreationTime() {
        RetentionPolicy policy = new RetentionPolicy(new RetentionRules(5, true), Set.of("main"), BRANCHES);
        assertEquals(true, policy.needsCreationTime("1.1.1-dev.a000001"));
        assertFalse(policy.needsCreationTime("1.1.1-dev.f000001"), "its branch is deleted: no ranking");
        assertFalse(policy.needsCreationTime("1.1.1-dev.c000001"), "not in the clone: kept, whatever its age");
        assertFalse(policy.needsCreationTime("1.1.0"));
        assertFalse(policy.needsCreationTime("main"));
        assertFalse(policy.needsCreationTime("bobs-test"));
    }
}
