package org.dockci.packages;

/**
 * One installed package.
 *
 * @param name         {@code openssl}
 * @param version      as its package manager writes it: {@code 3.0.17-1~deb12u1}
 * @param architecture {@code amd64}, {@code all}, {@code x86_64}, {@code noarch}
 */
public record InstalledPackage(String name, String version, String architecture) {

    /** {@code name version}, as the logs show it. */
    @Override
    public String toString() {
        return name + " " + version;
    }
}
