package org.dockci.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the inventory script prints, read back: dpkg, Alpine's database, rpm, and an image without any. */
class PackageInventoryTest {

    @Test
    void dpkgPackagesAreReadAndTheNotInstalledOnesLeftOut() {
        PackageInventory inventory = PackageInventory.parse("""
                os\tdebian\t13
                manager\tdpkg
                pkg\tii \tzlib1g\t1:1.3.dfsg+really1.3.1-1+b1\tamd64
                pkg\tii \tadduser\t3.152\tall
                pkg\trc \told-package\t1.0\tamd64
                """);

        assertEquals(Optional.of(new Distro("debian", "13")), inventory.distro());
        assertEquals(Optional.of(PackageManager.DPKG), inventory.manager());
        assertEquals(List.of(new InstalledPackage("adduser", "3.152", "all"),
                new InstalledPackage("zlib1g", "1:1.3.dfsg+really1.3.1-1+b1", "amd64")), inventory.packages());
    }

    @Test
    void alpinePackagesAreReadFromItsDatabaseLines() {
        PackageInventory inventory = PackageInventory.parse("""
                os\talpine\t3.20.3
                manager\tapk
                name\tmusl
                version\t1.2.5-r0
                arch\tx86_64
                name\tbusybox
                version\t1.36.1-r29
                arch\tx86_64
                """);

        assertEquals(Optional.of(PackageManager.APK), inventory.manager());
        assertEquals(List.of(new InstalledPackage("busybox", "1.36.1-r29", "x86_64"),
                new InstalledPackage("musl", "1.2.5-r0", "x86_64")), inventory.packages());
    }

    @Test
    void anImageWithoutPackageManagerHasNoManagerAndNoPackages() {
        PackageInventory inventory = PackageInventory.parse("manager\tnone\n");

        assertEquals(Optional.empty(), inventory.manager());
        assertEquals(List.of(), inventory.packages());
        assertEquals(Optional.empty(), inventory.distro());
    }

    @Test
    void anImageWithoutShellPrintsNothingAndHasNoManager() {
        assertEquals(Optional.empty(), PackageInventory.parse("").manager());
    }
}
