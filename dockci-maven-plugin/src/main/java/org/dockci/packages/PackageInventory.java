package org.dockci.packages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The packages installed in an image, read from its package manager's database by {@link #SCRIPT} run inside it.
 *
 * @param distro    from {@code /etc/os-release}, when the image has one
 * @param manager   the package manager found; empty when none was (then {@code packages} is empty)
 * @param packages  the installed packages, sorted by name then architecture
 */
public record PackageInventory(Optional<Distro> distro, Optional<PackageManager> manager,
        List<InstalledPackage> packages) {

    /**
     * Prints the distribution, the package manager and one line per installed package, tab-separated. dpkg's
     * and rpm's own queries; Alpine's database is a text file. Only POSIX sh and sed: images are minimal.
     */
    public static final String SCRIPT = """
            if [ -r /etc/os-release ]; then . /etc/os-release; printf 'os\\t%s\\t%s\\n' "${ID:-}" "${VERSION_ID:-}"; fi
            if command -v dpkg-query >/dev/null 2>&1; then
              printf 'manager\\tdpkg\\n'
              dpkg-query -W -f='pkg\\t${db:Status-Abbrev}\\t${Package}\\t${Version}\\t${Architecture}\\n'
            elif [ -f /lib/apk/db/installed ]; then
              printf 'manager\\tapk\\n'
              sed -n 's/^P:/name\\t/p; s/^V:/version\\t/p; s/^A:/arch\\t/p' /lib/apk/db/installed
            elif command -v rpm >/dev/null 2>&1; then
              printf 'manager\\trpm\\n'
              rpm -qa --qf 'pkg\\tii \\t%{NAME}\\t%|EPOCH?{%{EPOCH}:}:{}|%{VERSION}-%{RELEASE}\\t%{ARCH}\\n'
            else
              printf 'manager\\tnone\\n'
            fi
            """;

    /** Keeps an unmodifiable, sorted copy. */
    public PackageInventory {
        packages = packages.stream()
                .sorted(Comparator.comparing(InstalledPackage::name).thenComparing(InstalledPackage::architecture))
                .toList();
    }

    /** Reads what {@link #SCRIPT} printed. A dpkg package that is not fully installed ({@code rc}: removed) is left out. */
    public static PackageInventory parse(String output) {
        Optional<Distro> distro = Optional.empty();
        Optional<PackageManager> manager = Optional.empty();
        List<InstalledPackage> packages = new ArrayList<>();
        String apkName = null;
        String apkVersion = null;
        for (String line : output.lines().toList()) {
            String[] fields = line.split("\t", -1);
            switch (fields[0]) {
                case "os" -> distro = fields.length >= 3 && !fields[1].isBlank()
                        ? Optional.of(new Distro(fields[1].strip(), fields[2].strip())) : Optional.empty();
                case "manager" -> manager = fields.length >= 2 ? PackageManager.named(fields[1].strip()) : Optional.empty();
                case "pkg" -> {
                    if (fields.length >= 5 && fields[1].startsWith("ii")) {
                        packages.add(new InstalledPackage(fields[2], fields[3], fields[4]));
                    }
                }
                case "name" -> {
                    apkName = fields[1];
                    apkVersion = null;
                }
                case "version" -> apkVersion = fields[1];
                case "arch" -> {
                    if (apkName != null && apkVersion != null) {
                        packages.add(new InstalledPackage(apkName, apkVersion, fields[1]));
                    }
                    apkName = null;
                }
                default -> {
                    // anything else (a shell's complaint) is not an inventory line
                }
            }
        }
        return new PackageInventory(distro, manager, packages);
    }

    /** The installed package called {@code name}, if there is one (the first architecture). */
    public Optional<InstalledPackage> find(String name) {
        return packages.stream().filter(found -> found.name().equals(name)).findFirst();
    }
}
