package org.dockci.registry;

import java.util.Map;

/** An image as the registry stores it: its manifest, and the labels of its config (none for a multi-platform index). */
public record RegistryImage(Manifest manifest, Map<String, String> labels) {

    /** Copies the labels. */
    public RegistryImage {
        labels = Map.copyOf(labels);
    }
}
