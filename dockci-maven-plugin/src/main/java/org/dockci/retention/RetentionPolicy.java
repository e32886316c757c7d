package org.dockci.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dockci.version.DockerTag;

/**
 * Which tags of one image to keep. Kept, whatever their age: releases and their moving tags, the tags of branches
 * origin still has, tags dockci did not make, and any tag pointing to the same manifest as a kept one. Of the
 * candidates, the {@code keepCandidates} newest of each branch that holds their commit (by the commit time their
 * image records, not the push order). Deleted: older candidates, and, when {@code pruneBranches}, the candidates
 * and branch tag of a branch deleted in origin. When in doubt (commit not in the clone, no creation time), kept.
 */
public final class RetentionPolicy {

    private final RetentionRules rules;
    private final Set<String> originBranches;
    private final CommitBranches commitBranches;

    /** The policy for {@code rules}, with origin's branches and a way to ask which of them hold a commit. */
    public RetentionPolicy(RetentionRules rules, Set<String> originBranches, CommitBranches commitBranches) {
        this.rules = rules;
        this.originBranches = Set.copyOf(originBranches);
        this.commitBranches = commitBranches;
    }

    /**
     * Whether the plan needs {@code tag}'s creation time: only a candidate whose commit is on a branch of origin is
     * ranked by age; the others are decided without it, and its image's config need not be read.
     */
    public boolean needsCreationTime(String tag) {
        return TagKind.of(tag) instanceof TagKind.Candidate candidate
                && commitBranches.branchesContaining(candidate.commit()).map(branches -> !branches.isEmpty())
                        .orElse(false);
    }

    /** The plan for the tags of one image, in the order given. */
    public RetentionPlan plan(List<RegistryTag> tags) {
        Map<String, String> branchOfTag = new HashMap<>();
        for (String branch : originBranches) {
            DockerTag.fromBranch(branch).ifPresent(tag -> branchOfTag.put(tag, branch));
        }
        Set<String> candidateDigests = new TreeSet<>();
        Map<RegistryTag, Set<String>> candidateBranches = new LinkedHashMap<>();
        Map<RegistryTag, Verdict> verdicts = new LinkedHashMap<>();
        tags.forEach(tag -> verdicts.put(tag, null));
        for (RegistryTag tag : tags) {
            if (TagKind.of(tag.tag()) instanceof TagKind.Candidate candidate) {
                candidateDigests.add(tag.digest());
                Optional<Set<String>> branches = commitBranches.branchesContaining(candidate.commit());
                if (branches.isEmpty()) {
                    verdicts.put(tag, new Verdict.UnknownCommit(candidate.commit()));
                } else if (branches.get().isEmpty()) {
                    verdicts.put(tag, rules.pruneBranches() ? new Verdict.CandidateOfDeletedBranch()
                            : new Verdict.DeletedBranchKept());
                } else if (tag.created().isEmpty()) {
                    verdicts.put(tag, new Verdict.NoCreationTime());
                } else {
                    candidateBranches.put(tag, branches.get());
                }
            }
        }
        decideCandidatesByAge(candidateBranches, verdicts);
        for (RegistryTag tag : tags) {
            if (verdicts.get(tag) == null) {
                TagKind kind = TagKind.of(tag.tag());
                verdicts.put(tag, kind instanceof TagKind.Release ? new Verdict.Release()
                        : kind instanceof TagKind.MovingTag ? new Verdict.MovingTag()
                        : other(tag, branchOfTag, candidateDigests));
            }
        }
        return new RetentionPlan(keepSharedImages(verdicts));
    }

    /** A branch tag of origin, the tag of a deleted branch (it points to a candidate's image), or unknown. */
    private Verdict other(RegistryTag tag, Map<String, String> branchOfTag, Set<String> candidateDigests) {
        String branch = branchOfTag.get(tag.tag());
        if (branch != null) {
            return new Verdict.LiveBranchTag(branch);
        }
        if (candidateDigests.contains(tag.digest())) {
            return rules.pruneBranches() ? new Verdict.DeletedBranchTag() : new Verdict.DeletedBranchKept();
        }
        return new Verdict.Unknown();
    }

    private void decideCandidatesByAge(Map<RegistryTag, Set<String>> candidateBranches, Map<RegistryTag, Verdict> verdicts) {
        Map<String, List<RegistryTag>> byBranch = new TreeMap<>();
        candidateBranches.forEach((tag, branches) -> branches.forEach(
                branch -> byBranch.computeIfAbsent(branch, b -> new ArrayList<>()).add(tag)));
        Comparator<RegistryTag> newestFirst = Comparator.comparing((RegistryTag tag) -> tag.created().orElse(Instant.MIN))
                .thenComparing(RegistryTag::tag).reversed();
        for (Map.Entry<String, List<RegistryTag>> branch : byBranch.entrySet()) {
            List<RegistryTag> newest = branch.getValue().stream().sorted(newestFirst).limit(rules.keepCandidates())
                    .toList();
            for (int i = 0; i < newest.size(); i++) {
                if (verdicts.get(newest.get(i)) == null) {
                    verdicts.put(newest.get(i), new Verdict.RecentCandidate(branch.getKey(), i + 1, rules.keepCandidates()));
                }
            }
        }
        candidateBranches.forEach((tag, branches) -> {
            if (verdicts.get(tag) == null) {
                verdicts.put(tag, new Verdict.OldCandidate(new TreeSet<>(branches), rules.keepCandidates()));
            }
        });
    }

    /** A tag to delete that shares its manifest with a kept tag is kept: a delete by digest would take both. */
    private static List<TagDecision> keepSharedImages(Map<RegistryTag, Verdict> verdicts) {
        Map<String, String> keptTagOfDigest = new HashMap<>();
        verdicts.forEach((tag, verdict) -> {
            if (!verdict.deletes()) {
                keptTagOfDigest.putIfAbsent(tag.digest(), tag.tag());
            }
        });
        List<TagDecision> decisions = new ArrayList<>();
        verdicts.forEach((tag, verdict) -> {
            String keptTag = keptTagOfDigest.get(tag.digest());
            decisions.add(new TagDecision(tag, verdict.deletes() && keptTag != null ? new Verdict.SharesImage(keptTag)
                    : verdict));
        });
        return decisions;
    }
}
