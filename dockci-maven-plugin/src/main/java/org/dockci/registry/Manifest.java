package org.dockci.registry;

import java.util.List;
import java.util.Optional;

/**
 * An image manifest as the registry stores it: its digest, media type, the config blob (absent for an index) and
 * the blobs it references with their sizes (config and layers; the child manifests of an index are not blobs).
 */
public record Manifest(String digest, String mediaType, Optional<Blob> config, List<Blob> layers) {

    /** Copies the list. */
    public Manifest {
        layers = List.copyOf(layers);
    }

    /** The blobs the registry keeps for this manifest: its config, then its layers. */
    public List<Blob> blobs() {
        return config.isEmpty() ? layers : java.util.stream.Stream.concat(config.stream(), layers.stream()).toList();
    }

    /** The bytes the registry stores for this image: its config's and its layers' sizes added up, compressed as pushed. */
    public long bytes() {
        return blobs().stream().mapToLong(Blob::size).sum();
    }

    /** One blob: its digest and size in bytes. */
    public record Blob(String digest, long size) {
    }
}
