package org.dockci.packages;

import java.util.Locale;
import java.util.Optional;

/** The package managers whose databases dockci reads, with the package-URL type of their packages. */
public enum PackageManager {
    /** Debian and Ubuntu: {@code pkg:deb/…}. */
    DPKG("deb"),
    /** Alpine: {@code pkg:apk/…}. */
    APK("apk"),
    /** Fedora, RHEL and friends: {@code pkg:rpm/…}. */
    RPM("rpm");

    private final String purlType;

    PackageManager(String purlType) {
        this.purlType = purlType;
    }

    /** The package-URL type: {@code deb}, {@code apk}, {@code rpm}. */
    public String purlType() {
        return purlType;
    }

    /** The manager a script names ({@code dpkg}, {@code apk}, {@code rpm}); empty for {@code none} or anything else. */
    static Optional<PackageManager> named(String name) {
        for (PackageManager manager : values()) {
            if (manager.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(manager);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
