package org.dockci.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dockci.dockerfile.ImageReference;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.ImageFacts;
import org.dockci.registry.Manifest;
import org.dockci.registry.RegistryException;
import org.dockci.registry.RegistryLogins;

/**
 * {@code target/dockci/image.json}: the image a module built, as the engine and the registry know it, written when
 * the module ends. Sizes are bytes; a size that could not be had is null, and its note says why.
 *
 * @param image                 the image built, with its candidate tag
 * @param id                    its image ID, {@code sha256:…}; null when the engine does not have it
 * @param size                  its size in the engine (uncompressed, as {@code docker images} shows it)
 * @param pushed                the tags pushed to the registry by this build; empty when it pushed nothing
 * @param notPushed             the tags its push did not get into the registry (it failed half-way); empty when it
 *                              pushed them all or did not push
 * @param registrySize          its size in the registry (compressed layers and configuration), once pushed
 * @param previous              the previous release's image, {@code …/x3-webdav:1.0.0}; empty when there is none
 * @param previousSize          the previous release's size in the engine, when the engine has it
 * @param previousRegistrySize  the previous release's size in the registry, from its manifest
 * @param note                  why a size is missing, empty when none is
 */
public record ImageRecord(String image, String id, Long size, List<String> pushed, List<String> notPushed,
        Long registrySize,
        String previous, Long previousSize, Long previousRegistrySize, String note) {

    public static final String NAME = "image.json";

    /** Keeps an unmodifiable copy. */
    public ImageRecord {
        pushed = List.copyOf(pushed);
        notPushed = notPushed == null ? List.of() : List.copyOf(notPushed); // an image.json of before the field
    }

    /**
     * Asks {@code engine} about {@code image} and {@code previous} (pulling nothing), and the registry (through
     * {@code registries}, with its login) about the previous release and, when {@code pushed} is not empty, about the
     * image just pushed.
     */
    public static ImageRecord collect(DockerEngine engine, RegistryLogins registries, String image,
            List<String> pushed, List<String> notPushed, String previous) {
        StringBuilder note = new StringBuilder();
        ImageFacts facts = engine.inspect(image).orElse(null);
        if (facts == null) {
            note.append("the engine has no image ").append(image).append(". ");
        }
        Long registrySize = pushed.isEmpty() ? null : registrySize(registries, image, "pushed", note);
        Long previousSize = null;
        Long previousRegistrySize = null;
        if (!previous.isEmpty()) {
            previousSize = engine.inspect(previous).map(ImageFacts::size).orElse(null);
            previousRegistrySize = registrySize(registries, previous, "previous release", note);
        }
        return new ImageRecord(image, facts == null ? null : facts.id(), facts == null ? null : facts.size(), pushed,
                notPushed,
                registrySize, previous, previousSize, previousRegistrySize, note.toString().strip());
    }

    /**
     * The bytes the registry stores for {@code image}, from its manifest: its config's and layers' sizes, compressed
     * as pushed; null, with why in {@code note}, when they cannot be had.
     */
    private static Long registrySize(RegistryLogins registries, String image, String what, StringBuilder note) {
        Optional<ImageReference> reference = ImageReference.parse(image);
        String why;
        if (reference.isEmpty()) {
            why = image + " is not an image reference";
        } else {
            String registry = reference.get().domain();
            String tag = reference.get().digest().or(reference.get()::tag).orElse("latest");
            try {
                Optional<Manifest> manifest = registries.client(registry).manifest(reference.get().path(), tag);
                if (manifest.isPresent() && manifest.get().config().isPresent()) {
                    return manifest.get().bytes();
                }
                why = manifest.isEmpty() ? registry + " has no " + image
                        : "the registry holds an index of several platforms for " + image + ", not one image";
            } catch (RegistryException e) {
                why = e.getMessage() + registries.unread(registry).map(unread -> " (" + unread + ")").orElse("");
            }
        }
        note.append("registry size of the ").append(what).append(" not known: ").append(why).append(". ");
        return null;
    }

    /** Writes {@code directory/image.json}. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        ModuleRun.JSON.writeValue(directory.resolve(NAME).toFile(), this);
    }

    /** Reads {@code directory/image.json}. */
    public static ImageRecord read(Path directory) throws IOException {
        return ModuleRun.JSON.readValue(directory.resolve(NAME).toFile(), ImageRecord.class);
    }
}
