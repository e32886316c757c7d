package org.dockci.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * The files every module is built from: parent POMs, {@code containers/pom.xml}, configured paths. A change
 * to one of them changes every module.
 */
final class SharedInputs {

    private static final String GLOB_CHARACTERS = "*?[{\\";

    /** Plain paths, each a file or a folder: tested with string operations, no matcher. */
    private final Set<String> paths;
    private final List<Glob> globs;

    private SharedInputs(Set<String> paths, List<Glob> globs) {
        this.paths = paths;
        this.globs = globs;
    }

    /**
     * Reads each entry as an absolute path (kept when it lies in the work tree: a parent POM from the local Maven
     * repository is not part of it), or as a path or glob relative to the work tree's top.
     */
    static SharedInputs of(List<String> entries, Path workTree) {
        Set<String> paths = new HashSet<>();
        List<Glob> globs = new ArrayList<>();
        for (String entry : entries) {
            String relative = entry.strip().replaceAll("/+$", "");
            if (relative.isEmpty()) {
                continue;
            }
            if (Path.of(relative).isAbsolute()) {
                Path real = realPath(Path.of(relative));
                if (real.startsWith(workTree)) {
                    paths.add(ModulePaths.slashed(workTree.relativize(real)));
                }
            } else if (relative.chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0)) {
                globs.add(Glob.of(relative));
            } else {
                paths.add(relative);
            }
        }
        return new SharedInputs(Set.copyOf(paths), List.copyOf(globs));
    }

    /**
     * The files and folders all shared inputs lie in, to compare only those; empty when a glob may match
     * anywhere ({@code *.md}), so that everything must be compared.
     */
    Optional<Set<String>> scope() {
        Set<String> scope = new HashSet<>(paths);
        for (Glob glob : globs) {
            if (glob.literalFolder().isEmpty()) {
                return Optional.empty();
            }
            scope.add(glob.literalFolder().substring(0, glob.literalFolder().length() - 1));
        }
        return Optional.of(Set.copyOf(scope));
    }

    /** Those of {@code changed} that are shared inputs, sorted. */
    List<String> matching(Collection<String> changed) {
        return changed.stream().filter(this::isShared).sorted().toList();
    }

    /** True for a listed path or a path in a listed folder, and for a path a glob names or in a folder it names. */
    private boolean isShared(String path) {
        for (int slash = path.length(); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (paths.contains(path.substring(0, slash))) {
                return true;
            }
        }
        return globs.stream().anyMatch(glob -> glob.matches(path));
    }

    private static Path realPath(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A glob with the folder part before its first wildcard: a repository's paths mostly lie elsewhere, and a
     * string test rules them out before the matcher runs.
     */
    private record Glob(String literalFolder, PathMatcher matcher) {

        static Glob of(String glob) {
            int firstWildcard = 0;
            while (GLOB_CHARACTERS.indexOf(glob.charAt(firstWildcard)) < 0) {
                firstWildcard++;
            }
            String literalFolder = glob.substring(0, glob.lastIndexOf('/', firstWildcard) + 1);
            try {
                return new Glob(literalFolder, FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (PatternSyntaxException e) {
                // the exception's own index and words are of the regular expression the glob became, not of the glob
                throw new DetectConfigurationException("dockci.changes.sharedPaths: '" + glob + "' is not a glob"
                        + " (an unclosed [ or {, a trailing \\?): correct it");
            }
        }

        boolean matches(String path) {
            if (!path.startsWith(literalFolder)) {
                return false;
            }
            for (Path candidate = Path.of(path); candidate != null; candidate = candidate.getParent()) {
                if (matcher.matches(candidate)) {
                    return true;
                }
            }
            return false;
        }
    }
}
