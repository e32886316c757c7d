package org.dockci.retention;

import java.time.Instant;
import java.util.Optional;

/**
 * One tag of an image in the registry: the manifest digest it points to and, for a candidate, the commit time its
 * image records ({@code org.opencontainers.image.created}; empty when the image has no such label).
 */
public record RegistryTag(String tag, String digest, Optional<Instant> created) {
}
