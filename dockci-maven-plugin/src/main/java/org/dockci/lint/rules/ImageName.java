package org.dockci.lint.rules;

import java.util.Optional;

/**
 * An image reference split as Docker splits it: {@code [registry/]repository[:tag][@digest]}. The
 * first part of the name is a registry when it has a {@code .} or a {@code :} or is {@code localhost};
 * otherwise the image comes from Docker Hub and {@code registry} is null.
 */
record ImageName(String registry, String repository, String tag, String digest) {

    /** The reference {@code text} split, or empty when it has no repository ({@code ""}, {@code /x}, {@code :1}). */
    static Optional<ImageName> parse(String text) {
        String rest = text;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String registry = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        if (rest.isEmpty() || rest.startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(new ImageName(registry, rest, tag, digest));
    }

    /** Whether this is Docker's empty image {@code scratch}, which is never pulled. */
    boolean isScratch() {
        return registry == null && repository.equals("scratch") && tag == null && digest == null;
    }

    /** Whether the image comes from Docker Hub, named with or without its registry. */
    boolean onDockerHub() {
        return registry == null || registry.equals("docker.io") || registry.equals("index.docker.io");
    }
}
