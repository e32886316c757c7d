package org.dockci.retention;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dockci.registry.Manifest;

/**
 * The decision for every tag of one image, and the manifest digests to delete: those that no kept tag points to.
 * Deleting a digest deletes every tag pointing to it, so a digest is deleted only when all of its tags are.
 */
public record RetentionPlan(List<TagDecision> decisions) {

    /** Copies the list. */
    public RetentionPlan {
        decisions = List.copyOf(decisions);
    }

    /** The decisions that delete. */
    public List<TagDecision> deleted() {
        return decisions.stream().filter(decision -> decision.verdict().deletes()).toList();
    }

    /** The decisions that keep. */
    public List<TagDecision> kept() {
        return decisions.stream().filter(decision -> !decision.verdict().deletes()).toList();
    }

    /** The digests to delete, in the order of their first tag. */
    public Set<String> digestsToDelete() {
        Set<String> digests = new LinkedHashSet<>();
        deleted().forEach(decision -> digests.add(decision.tag().digest()));
        return digests;
    }

    /** The digests kept tags point to. */
    public Set<String> keptDigests() {
        Set<String> digests = new LinkedHashSet<>();
        kept().forEach(decision -> digests.add(decision.tag().digest()));
        return digests;
    }

    /**
     * The bytes the registry's garbage collection can free once the deleted manifests are gone: the blobs (config
     * and layers) of deleted manifests that no kept manifest of this image uses, each counted once. An upper bound:
     * a blob another repository of the registry uses stays too. {@code manifests} holds every digest of the plan.
     */
    public long bytesFreed(Map<String, Manifest> manifests) {
        Set<String> keptBlobs = new HashSet<>();
        for (String digest : keptDigests()) {
            manifest(manifests, digest).blobs().forEach(blob -> keptBlobs.add(blob.digest()));
        }
        Set<String> counted = new HashSet<>();
        long bytes = 0;
        for (String digest : digestsToDelete()) {
            for (Manifest.Blob blob : manifest(manifests, digest).blobs()) {
                if (!keptBlobs.contains(blob.digest()) && counted.add(blob.digest())) {
                    bytes += blob.size();
                }
            }
        }
        return bytes;
    }

    private static Manifest manifest(Map<String, Manifest> manifests, String digest) {
        Manifest manifest = manifests.get(digest);
        if (manifest == null) {
            throw new IllegalArgumentException("no manifest given for " + digest);
        }
        return manifest;
    }
}
