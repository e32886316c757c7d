package org.dockci.version;

/**
 * The image a container is built FROM, as it was when the container was built.
 *
 * @param name   as the Dockerfile names it, {@code debian:trixie-slim}
 * @param digest its registry digest, or its image ID for an image made on the build machine
 */
public record BaseImage(String name, String digest) {
}
