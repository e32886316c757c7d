package org.dockci.packages;

/**
 * The distribution an image is made of, from its {@code /etc/os-release}.
 *
 * @param id        {@code ID}: {@code debian}, {@code ubuntu}, {@code alpine}
 * @param versionId {@code VERSION_ID}: {@code 13}, {@code 3.20.3}; empty for a testing release
 */
public record Distro(String id, String versionId) {

    /** The package-URL {@code distro} qualifier: {@code debian-13}. */
    public String qualifier() {
        return versionId.isEmpty() ? id : id + "-" + versionId;
    }
}
