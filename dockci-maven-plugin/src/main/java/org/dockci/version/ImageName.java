package org.dockci.version;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An image's name without tag, {@code registry/namespace/name}: {@code localhost:5000/dockci/x3-webdav}. */
public record ImageName(String registry, String namespace, String name) {

    /** Docker's rule for one path component of a repository name. */
    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*");

    /** Checks the parts Docker would refuse; registry and namespace may be empty. */
    public ImageName {
        if (registry.contains("/") || registry.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("registry '" + registry + "' must be a host[:port], without '/'");
        }
        check(name, "name");
        if (!namespace.isEmpty()) {
            for (String component : namespace.split("/", -1)) {
                check(component, "namespace '" + namespace + "'");
            }
        }
    }

    /** The full name, leaving out an empty registry or namespace. */
    @Override
    public String toString() {
        return Stream.of(registry, namespace, name).filter(part -> !part.isEmpty()).collect(Collectors.joining("/"));
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

    private static void check(String component, String what) {
        if (!COMPONENT.matcher(component).matches()) {
            throw new IllegalArgumentException("image " + what + " '" + component
                    + "' must be lower-case letters and digits, separated by '.', '_' or '-'");
        }
    }
}
