package org.dockci.packages;

/**
 * An update the image's package manager would install.
 *
 * @param name      {@code openssl}
 * @param installed the version in the image
 * @param available the version the repositories have now
 */
public record PendingUpdate(String name, String installed, String available) {

    /** {@code dockci-testpkg 1.0 → 1.1}. */
    @Override
    public String toString() {
        return name + " " + installed + " → " + available;
    }
}
