package org.dockci.retention;

/** What the policy decided for one tag, and why. */
public record TagDecision(RegistryTag tag, Verdict verdict) {
}
