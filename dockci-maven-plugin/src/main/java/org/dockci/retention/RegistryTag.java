package org.dockci.retention;

import java.time.Instant;
import java.util.Optional;

/**
 * One tag of an image in the registry: the manifest digest it points to and, for a candidate, the commit time its
 * image records ({@code org.opencontainers.image.created}; empty when the image has no such label, or when the policy
 * does not rank that candidate by age: its commit is on no branch of origin, or not in the clone).
 */
public record RegistryTag(String tag, String digest, Optional<Instant> created) {
}
