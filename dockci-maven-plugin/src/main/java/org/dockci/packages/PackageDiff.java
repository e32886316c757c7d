package org.dockci.packages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What changed in the packages between two images: added, removed, and those whose version changed.
 *
 * @param added    in the new image only
 * @param removed  in the old image only
 * @param upgraded in both, newer in the new image
 * @param downgraded in both, older in the new image
 */
public record PackageDiff(List<InstalledPackage> added, List<InstalledPackage> removed, List<VersionChange> upgraded,
        List<VersionChange> downgraded) {

    /** One package whose version changed. */
    public record VersionChange(String name, String architecture, String from, String to) {

        /** {@code openssl 3.0.15-1~deb12u1 → 3.0.17-1~deb12u1}. */
        @Override
        public String toString() {
            return name + " " + from + " → " + to;
        }
    }

    /** Keeps unmodifiable copies. */
    public PackageDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        upgraded = List.copyOf(upgraded);
        downgraded = List.copyOf(downgraded);
    }

    /** The packages of {@code after} compared with those of {@code before}, a package being its name and architecture. */
    public static PackageDiff between(PackageInventory before, PackageInventory after) {
        Map<String, InstalledPackage> old = byKey(before.packages());
        Map<String, InstalledPackage> current = byKey(after.packages());
        List<InstalledPackage> added = new ArrayList<>();
        List<VersionChange> upgraded = new ArrayList<>();
        List<VersionChange> downgraded = new ArrayList<>();
        current.forEach((key, now) -> {
            InstalledPackage then = old.get(key);
            if (then == null) {
                added.add(now);
                return;
            }
            int order = PackageVersion.compare(then.version(), now.version());
            VersionChange change = new VersionChange(now.name(), now.architecture(), then.version(), now.version());
            if (order < 0) {
                upgraded.add(change);
            } else if (order > 0 || !then.version().equals(now.version())) {
                downgraded.add(change);
            }
        });
        List<InstalledPackage> removed = old.entrySet().stream().filter(entry -> !current.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        return new PackageDiff(added, removed, upgraded, downgraded);
    }

    /** Whether nothing changed. */
    public boolean nothingChanged() {
        return added.isEmpty() && removed.isEmpty() && upgraded.isEmpty() && downgraded.isEmpty();
    }

    /**
     * One line for the log: {@code 3 packages upgraded (openssl 3.0.15-1~deb12u1 → 3.0.17-1~deb12u1, …), 1 added (curl 8.14.1-2)}.
     * At most {@code shown} packages are named per kind; none and no parentheses with 0.
     */
    public String summary(int shown) {
        if (nothingChanged()) {
            return "no package changed";
        }
        List<String> parts = new ArrayList<>();
        part(parts, upgraded, "upgraded", shown);
        part(parts, downgraded, "downgraded", shown);
        part(parts, added, "added", shown);
        part(parts, removed, "removed", shown);
        return String.join(", ", parts);
    }

    private static void part(List<String> parts, List<?> items, String what, int shown) {
        if (items.isEmpty()) {
            return;
        }
        String noun = parts.isEmpty() ? (items.size() == 1 ? " package " : " packages ") : " ";
        if (shown <= 0) {
            parts.add(items.size() + noun + what);
            return;
        }
        String names = items.stream().limit(shown).map(Object::toString).collect(Collectors.joining(", "));
        String more = items.size() > shown ? ", …" : "";
        parts.add(items.size() + noun + what + " (" + names + more + ")");
    }

    private static Map<String, InstalledPackage> byKey(List<InstalledPackage> packages) {
        Map<String, InstalledPackage> byKey = new LinkedHashMap<>();
        packages.forEach(found -> byKey.put(found.name() + ":" + found.architecture(), found));
        return byKey;
    }
}
