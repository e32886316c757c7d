package org.dockci.version;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OCI labels of an image ({@code org.opencontainers.image.*}), as the JSON object Docker's build
 * API takes in its {@code labels} parameter (fabric8's {@code buildOptions}). Values come from git,
 * so that building the same commit gives the same labels.
 */
public final class ImageLabels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageLabels() {
    }

    /** The labels of {@code metadata}'s image; {@code source} (the repository's URL) may be empty and is then left out. */
    public static Map<String, String> of(ImageMetadata metadata, String source) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", metadata.module());
        labels.put("org.opencontainers.image.version", metadata.tags().candidate());
        labels.put("org.opencontainers.image.revision", metadata.commit());
        labels.put("org.opencontainers.image.created", metadata.created());
        if (!source.isBlank()) {
            labels.put("org.opencontainers.image.source", source);
        }
        return labels;
    }

    /** {@link #of} as one JSON object. */
    public static String json(ImageMetadata metadata, String source) {
        try {
            return JSON.writeValueAsString(of(metadata, source));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("labels of " + metadata.module() + " cannot be written as JSON", e);
        }
    }
}
