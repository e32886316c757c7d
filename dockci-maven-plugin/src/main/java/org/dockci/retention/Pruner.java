package org.dockci.retention;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dockci.registry.Manifest;
import org.dockci.registry.RegistryClient;
import org.dockci.registry.RegistryException;

/**
 * Reads the tags of an image from the registry, plans with the {@link RetentionPolicy}, and deletes by digest.
 * Planning only reads; {@link #apply} is the one call that deletes. The reads (one manifest per tag, one config per
 * image of a candidate the policy ranks by age) go {@value #PARALLEL_READS} at a time: a thousand tags are a thousand round trips.
 */
public final class Pruner {

    /** The label dockci sets to the commit time: what candidates are ordered by. */
    static final String CREATED = "org.opencontainers.image.created";
    /** Requests in flight at once while planning: enough to hide the round trips, few enough for a small registry. */
    static final int PARALLEL_READS = 8;

    private final RegistryClient registry;
    private final RetentionPolicy policy;

    /** A pruner of {@code registry}'s images by {@code policy}. */
    public Pruner(RegistryClient registry, RetentionPolicy policy) {
        this.registry = registry;
        this.policy = policy;
    }

    /** What the policy keeps and deletes of {@code repository} ({@code dockci/x3-webdav}); reads only. */
    public ImagePlan plan(String repository) {
        List<String> names = registry.tags(repository);
        List<Optional<Manifest>> manifestOfTag = inParallel(names, tag -> registry.manifest(repository, tag));
        Map<String, Manifest> manifests = new LinkedHashMap<>();
        Set<String> datedImages = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            boolean dated = policy.needsCreationTime(names.get(i));
            manifestOfTag.get(i).ifPresent(manifest -> {
                manifests.putIfAbsent(manifest.digest(), manifest);
                if (dated) {
                    datedImages.add(manifest.digest());
                }
            });
        }
        List<String> datedDigests = List.copyOf(datedImages);
        List<Optional<Instant>> createdOfDigest = inParallel(datedDigests,
                digest -> createdOf(repository, manifests.get(digest)));
        Map<String, Optional<Instant>> created = new LinkedHashMap<>();
        for (int i = 0; i < datedDigests.size(); i++) {
            created.put(datedDigests.get(i), createdOfDigest.get(i));
        }
        List<RegistryTag> tags = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (manifestOfTag.get(i).isEmpty()) {
                continue; // deleted since the list was read
            }
            String digest = manifestOfTag.get(i).get().digest();
            Optional<Instant> time = TagKind.of(names.get(i)) instanceof TagKind.Candidate
                    ? created.getOrDefault(digest, Optional.empty()) : Optional.empty();
            tags.add(new RegistryTag(names.get(i), digest, time));
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

    /** {@code read} of each item, {@link #PARALLEL_READS} at a time, in the items' order; the first failure is thrown. */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> read) {
        if (items.size() <= 1) {
            return items.stream().map(read).toList();
        }
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(PARALLEL_READS, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "dockci-prune-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = items.stream().map(item -> threads.submit(() -> read.apply(item))).toList();
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while reading the tags of the registry", e);
        } finally {
            threads.shutdownNow();
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
