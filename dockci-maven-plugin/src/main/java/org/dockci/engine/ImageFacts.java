package org.dockci.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine knows of one local image.
 *
 * @param id          the image ID, {@code sha256:…} (the digest of its configuration)
 * @param repoDigests the registry digests it was pulled or pushed as, {@code localhost:5000/dockci/x3-webdav@sha256:…}
 * @param labels      its labels
 * @param size        its size in bytes, as {@code docker images} shows it
 */
public record ImageFacts(String id, List<String> repoDigests, Map<String, String> labels, long size) {

    /** Keeps unmodifiable copies. */
    public ImageFacts {
        repoDigests = List.copyOf(repoDigests);
        labels = Map.copyOf(labels);
    }

    /**
     * The digest that names this image's content: its registry (manifest) digest when it came from or went to a
     * registry, else its image ID (an image made on this machine, such as a debootstrapped base, has only that).
     */
    public String digest() {
        return repoDigests.stream().map(reference -> reference.substring(reference.indexOf('@') + 1)).sorted()
                .findFirst().orElse(id);
    }

    /** The value of {@code label}, if set and not empty. */
    public Optional<String> label(String label) {
        return Optional.ofNullable(labels.get(label)).filter(value -> !value.isEmpty());
    }
}
