package org.dockci.retention;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dockci.registry.Manifest;
import org.dockci.registry.RegistryClient;
import org.dockci.registry.RegistryException;

/**
 * Reads the tags of an image from the registry, plans with the {@link RetentionPolicy}, and deletes by digest.
 * Planning only reads; {@link #apply} is the one call that deletes.
 */
public final class Pruner {

    /** The label dockci sets to the commit time: what candidates are ordered by. */
    static final String CREATED = "org.opencontainers.image.created";

    private final RegistryClient registry;
    private final RetentionPolicy policy;

    /** A pruner of {@code registry}'s images by {@code policy}. */
    public Pruner(RegistryClient registry, RetentionPolicy policy) {
        this.registry = registry;
        this.policy = policy;
    }

    /** What the policy keeps and deletes of {@code repository} ({@code dockci/x3-webdav}); reads only. */
    public ImagePlan plan(String repository) {
        Map<String, Manifest> manifests = new LinkedHashMap<>();
        Map<String, Optional<Instant>> created = new LinkedHashMap<>();
        List<RegistryTag> tags = new ArrayList<>();
        for (String tag : registry.tags(repository)) {
            Optional<String> digest = registry.digest(repository, tag);
            if (digest.isEmpty()) {
                continue; // deleted since the list was read
            }
            Manifest manifest = manifests.computeIfAbsent(digest.get(), d -> registry.manifest(repository, d));
            Optional<Instant> time = TagKind.of(tag) instanceof TagKind.Candidate
                    ? created.computeIfAbsent(digest.get(), d -> createdOf(repository, manifest))
                    : Optional.empty();
            tags.add(new RegistryTag(tag, digest.get(), time));
        }
        RetentionPlan plan = policy.plan(tags);
        return new ImagePlan(repository, plan, plan.bytesFreed(manifests));
    }

    private Optional<Instant> createdOf(String repository, Manifest manifest) {
        return manifest.config().map(config -> registry.labels(repository, config.digest()).get(CREATED))
                .flatMap(Pruner::instant);
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not a time: the candidate is kept, its age unknown
        }
    }

    /**
     * Deletes the plan's digests; returns how many were deleted (one already gone is not counted). A failure part
     * way says how many were deleted before it, so that nothing half-done passes for success.
     */
    public int apply(ImagePlan plan) {
        int deleted = 0;
        List<String> digests = new ArrayList<>(plan.plan().digestsToDelete());
        for (String digest : digests) {
            try {
                if (registry.delete(plan.repository(), digest)) {
                    deleted++;
                }
            } catch (RegistryException e) {
                throw new RegistryException(e.getMessage() + (deleted == 0 ? " (nothing of " + plan.repository()
                        + " was deleted)" : " (" + deleted + " of the " + digests.size() + " manifests of "
                        + plan.repository() + " were deleted before)"), e);
            }
        }
        return deleted;
    }
}
