package org.dockci.version;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OCI labels of an image ({@code org.opencontainers.image.*}), as the JSON object Docker's build
 * API takes in its {@code labels} parameter (fabric8's {@code buildOptions}). Values come from git,
 * so that building the same commit gives the same labels.
 */
public final class ImageLabels {

    /** The reference of the image the final stage is built FROM, as the Dockerfile names it. */
    public static final String BASE_NAME = "org.opencontainers.image.base.name";
    /** The digest of that image when this one was built (its registry digest, else its image ID). */
    public static final String BASE_DIGEST = "org.opencontainers.image.base.digest";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageLabels() {
    }

    /**
     * The labels of {@code metadata}'s image; {@code source} (the repository's URL) may be empty and is then left
     * out, and so is a base image that is not known.
     */
    public static Map<String, String> of(ImageMetadata metadata, String source, Optional<BaseImage> base) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", metadata.module());
        labels.put("org.opencontainers.image.version", metadata.tags().candidate());
        labels.put("org.opencontainers.image.revision", metadata.commit());
        labels.put("org.opencontainers.image.created", metadata.created());
        if (!source.isBlank()) {
            labels.put("org.opencontainers.image.source", source);
        }
        base.ifPresent(known -> {
            labels.put(BASE_NAME, known.name());
            labels.put(BASE_DIGEST, known.digest());
        });
        return labels;
    }

    /** {@link #of} as one JSON object. */
    public static String json(ImageMetadata metadata, String source, Optional<BaseImage> base) {
        try {
            return JSON.writeValueAsString(of(metadata, source, base));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("labels of " + metadata.module() + " cannot be written as JSON", e);
        }
    }
}
