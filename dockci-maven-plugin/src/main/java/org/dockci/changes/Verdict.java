package org.dockci.changes;

import java.util.List;
import java.util.Optional;

/**
 * Whether a module must be built, and why: one case per kind of answer, so that code decides on the case and
 * only {@link #reason()}, at the edge (the log, the metadata, build.json), turns it into words.
 */
public sealed interface Verdict {

    /** Whether the module is built. */
    boolean changed();

    /** One short word for machines: {@code unchanged}, {@code paths}, {@code shared-input}, {@code base}... */
    String kind();

    /**
     * The one line the log shows: {@code unchanged since x3-webdav-1.2.0 (3f2c1ab)},
     * {@code changed: Dockerfile, entrypoint.sh since x3-webdav-1.2.0}, {@code refresh: 4 pending updates: …}.
     */
    String reason();

    /** What the build must say loudly besides the reason: set when the module is built because it could not be compared. */
    default Optional<String> warning() {
        return Optional.empty();
    }

    /**
     * Nothing the module is built from changed since {@code since}; in mode refresh, {@code freshness} says what the
     * check of its released image found ({@code nothing pending, base current}).
     */
    record Unchanged(Baseline since, Optional<String> freshness) implements Verdict {

        @Override
        public boolean changed() {
            return false;
        }

        @Override
        public String kind() {
            return "unchanged";
        }

        @Override
        public String reason() {
            return "unchanged since " + since.name() + " (" + since.commitShort() + ")"
                    + freshness.map(detail -> "; refresh: " + detail).orElse("");
        }

        /** This verdict with what the refresh check found. */
        Unchanged checked(String detail) {
            return new Unchanged(since, Optional.of(detail));
        }
    }

    /** Files of the module's folder differ: committed since {@code since}, or not committed (relative to the folder). */
    record ChangedPaths(List<String> committed, List<String> uncommitted, Baseline since) implements Verdict {

        /** Keeps unmodifiable copies. */
        public ChangedPaths {
            committed = List.copyOf(committed);
            uncommitted = List.copyOf(uncommitted);
        }

        @Override
        public boolean changed() {
            return true;
        }

        @Override
        public String kind() {
            return "paths";
        }

        @Override
        public String reason() {
            return "changed: " + detail();
        }

        String detail() {
            String sinceBaseline = committed.isEmpty() ? "" : PathList.of(committed) + " since " + since.name();
            String notCommitted = uncommitted.isEmpty() ? "" : "uncommitted " + PathList.of(uncommitted);
            return sinceBaseline + (sinceBaseline.isEmpty() || notCommitted.isEmpty() ? "" : "; ") + notCommitted;
        }
    }

    /** A file every module is built from (a parent POM, a shared path) changed since {@code since}. */
    record SharedInput(List<String> paths, Baseline since) implements Verdict {

        /** Keeps an unmodifiable copy. */
        public SharedInput {
            paths = List.copyOf(paths);
        }

        @Override
        public boolean changed() {
            return true;
        }

        @Override
        public String kind() {
            return "shared-input";
        }

        @Override
        public String reason() {
            return "changed: " + detail();
        }

        String detail() {
            return "shared input " + PathList.of(paths) + " since " + since.name();
        }
    }

    /**
     * The module is built because of {@code base}, a module it builds FROM, reached through {@code via} (the modules
     * between, nearest first): the base changed, or went stale ({@code because}: a {@link ChangedPaths},
     * {@link SharedInput}, {@link CannotCompare} or {@link Stale} verdict on the base).
     */
    record ViaBase(String base, List<String> via, Verdict because) implements Verdict {

        /** Keeps an unmodifiable copy. */
        public ViaBase {
            via = List.copyOf(via);
        }

        @Override
        public boolean changed() {
            return true;
        }

        @Override
        public String kind() {
            return "base";
        }

        @Override
        public String reason() {
            String detail;
            if (because instanceof ChangedPaths paths) {
                detail = paths.detail();
            } else if (because instanceof SharedInput input) {
                detail = input.detail();
            } else if (because instanceof CannotCompare cannot) {
                detail = cannot.detail();
            } else if (because instanceof Stale stale) {
                detail = stale.detail();
            } else {
                throw new IllegalStateException("a base is no reason to build when its verdict is " + because);
            }
            return (because instanceof Stale ? "refresh" : "changed") + ": base " + base
                    + (via.isEmpty() ? "" : " via " + String.join(", ", via)) + ": " + detail;
        }
    }

    /**
     * The module cannot be compared (no release tag, a shallow clone, a baseline the clone lacks), so it is built;
     * {@code detail} says why, {@code warning} what to do, when the build must say it loudly.
     */
    record CannotCompare(String detail, Optional<String> warning) implements Verdict {

        @Override
        public boolean changed() {
            return true;
        }

        @Override
        public String kind() {
            return "cannot-compare";
        }

        @Override
        public String reason() {
            return "changed: " + detail;
        }
    }

    /** Mode refresh: no commit changed the module, but its released image went stale ({@code detail}: what was found). */
    record Stale(String detail) implements Verdict {

        @Override
        public boolean changed() {
            return true;
        }

        @Override
        public String kind() {
            return "refresh";
        }

        @Override
        public String reason() {
            return "refresh: " + detail;
        }
    }

    /** Mode all or none decides, whatever changed. */
    record ByMode(ChangeMode mode) implements Verdict {

        @Override
        public boolean changed() {
            return mode != ChangeMode.NONE;
        }

        @Override
        public String kind() {
            return "mode";
        }

        @Override
        public String reason() {
            return changed() ? "changed: change mode " + mode + " builds every module"
                    : "unchanged: change mode " + mode + " builds no module";
        }
    }
}
