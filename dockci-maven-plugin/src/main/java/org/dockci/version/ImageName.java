package org.dockci.version;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dockci.dockerfile.ImageReference;

/**
 * A container's image name without tag, as dockci composes it, {@code registry/namespace/name}:
 * {@code localhost:5000/dockci/x3-webdav}; read and checked as Docker reads it by {@link ImageReference}.
 */
public record ImageName(String registry, String namespace, String name) {

    /** Checks that Docker reads the name back into these parts; registry and namespace may be empty. */
    public ImageName {
        String full = Stream.of(registry, namespace, name).filter(part -> !part.isEmpty())
                .collect(Collectors.joining("/"));
        boolean readBack = ImageReference.parse(full).filter(reference -> registry.isEmpty()
                ? reference.onDockerHub() : reference.domain().equals(registry)).isPresent();
        if (!readBack || name.contains("/")) {
            throw new IllegalArgumentException("image '" + full + "' (registry '" + registry + "', namespace '"
                    + namespace + "', name '" + name + "') is not a name Docker reads back: the registry is a"
                    + " host[:port] without '/', the namespace and name lower-case letters and digits, separated by"
                    + " '.', '_' or '-' (the namespace's parts by '/')");
        }
    }

    /** The full name, leaving out an empty registry or namespace. */
    @Override
    public String toString() {
        return Stream.of(registry, namespace, name).filter(part -> !part.isEmpty()).collect(Collectors.joining("/"));
    }

    /** The name as Docker reads it, normalised: {@code docker.io/dockci/x3-webdav} for {@code dockci/x3-webdav}. */
    public ImageReference reference() {
        return ImageReference.of(toString());
    }

    /** What comes before the name: {@code localhost:5000/dockci/}, empty without registry and namespace. */
    public String prefix() {
        String full = toString();
        return full.substring(0, full.length() - name.length());
    }

    /** The reference of one tag of this image: {@code localhost:5000/dockci/x3-webdav:1.2.0}. */
    public String withTag(String tag) {
        return this + ":" + tag;
    }
}
