package org.dockci.engine;

/**
 * What a registry says of an image's size: the bytes it stores for it (compressed layers and configuration, as in
 * its manifest), or why that could not be read.
 */
public sealed interface RegistrySize {

    /** The manifest was read: {@code bytes} is its configuration's size plus its layers', as pushed (compressed). */
    record Known(long bytes) implements RegistrySize {
    }

    /** The registry could not be asked, has no such image, or holds an index of several platforms. */
    record Unknown(String why) implements RegistrySize {
    }
}
