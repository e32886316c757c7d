package org.dockci.retention;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a tag's text says it is, by dockci's tag policy ({@code org.dockci.version.TagPolicy}): a release, a
 * moving tag of releases, a candidate naming its commit, or something else (a branch tag, or a tag dockci did not
 * make: which one, only the registry's digests and origin's branches can tell).
 */
public sealed interface TagKind {

    /** {@code 1.4.0}, {@code 1.4.0.1}, or a pre-release {@code 1.4.0-rc1}: never moves, never deleted. */
    record Release() implements TagKind {
    }

    /** {@code 1.4}, {@code 1}, {@code latest}: moved by each release, never deleted. */
    record MovingTag() implements TagKind {
    }

    /** {@code 1.4.1-dev.3f2c1ab} (or {@code ….dirty-1a2b3c4d}): built from commit {@code commit} (abbreviated). */
    record Candidate(String commit) implements TagKind {
    }

    /** Anything else. */
    record Other() implements TagKind {
    }

    /** The kind of {@code tag}. */
    static TagKind of(String tag) {
        Matcher candidate = Patterns.CANDIDATE.matcher(tag);
        if (candidate.matches()) {
            return new Candidate(candidate.group(1));
        }
        if (Patterns.MOVING.matcher(tag).matches()) {
            return new MovingTag();
        }
        if (Patterns.RELEASE.matcher(tag).matches()) {
            return new Release();
        }
        return new Other();
    }

    /** The tag shapes, apart so that the interface stays a list of kinds. */
    final class Patterns {
        static final Pattern CANDIDATE = Pattern.compile("\\d+(?:\\.\\d+)*-dev\\.([0-9a-f]{7,40})(?:\\.dirty-[0-9a-f]+)?");
        static final Pattern MOVING = Pattern.compile("latest|\\d+(?:\\.\\d+)?");
        static final Pattern RELEASE = Pattern.compile("\\d+(?:\\.\\d+){2,}(?:-[A-Za-z0-9][A-Za-z0-9.-]*)?");

        private Patterns() {
        }
    }
}
