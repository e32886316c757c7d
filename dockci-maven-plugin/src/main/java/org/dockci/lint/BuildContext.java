package org.dockci.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

/**
 * The files a build sends to Docker, as far as lint can see them: the folder of the Dockerfile (the
 * context dockci's containers are built with), less what its ignore file leaves out, the
 * {@code <Dockerfile's name>.dockerignore} next to it if there is one (as BuildKit prefers), else
 * {@code .dockerignore}. Rules read it to judge what COPY and ADD take into the image by what the
 * files hold rather than by their names (DC2001).
 *
 * <p>Two contexts are equal when they are the same folder with the same ignore file, so that a lint
 * run can share one among the Dockerfiles of a folder: a context walks each folder once, leaving out
 * the folders its ignore file leaves out (a {@code node_modules}), and remembers what it found.
 */
public final class BuildContext {

    /**
     * Walking a folder or a glob stops after this many entries, so that a huge context ({@code COPY . .}
     * next to a {@code node_modules}) keeps the lint fast; what lies beyond is not looked at.
     */
    static final int MAX_ENTRIES = 20_000;

    private final Path root;
    private final Path ignoreFile;
    private final DockerIgnore ignore;
    /** What {@link #walk} found under each folder walked so far. */
    private final Map<Path, List<Path>> walked = new HashMap<>();

    private BuildContext(Path root, Path ignoreFile, DockerIgnore ignore) {
        this.root = root;
        this.ignoreFile = ignoreFile;
        this.ignore = ignore;
    }

    /** The context the Dockerfile at {@code dockerfile} is built with: its folder and its ignore file. */
    public static BuildContext of(Path dockerfile) throws IOException {
        Path absolute = dockerfile.toAbsolutePath().normalize();
        Path root = absolute.getParent();
        Path own = root.resolve(absolute.getFileName() + ".dockerignore");
        Path shared = root.resolve(".dockerignore");
        Path file = Files.isRegularFile(own) ? own : Files.isRegularFile(shared) ? shared : null;
        // read leniently: Docker reads the patterns as bytes, a bad byte spoils one pattern, not the lint
        return new BuildContext(root, file, file == null ? DockerIgnore.NONE
                : DockerIgnore.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
    }

    /** The context's folder. */
    public Path root() {
        return root;
    }

    /** {@code path}, a path in the context, relative to its root with {@code /} between names ({@code ""} for the root). */
    public String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** Whether the build sends {@code path}, a path in the context: its ignore file does not leave it out. */
    public boolean sends(Path path) {
        String relative = relative(path);
        return relative.isEmpty() || !ignore.excludes(relative);
    }

    /**
     * The files and folders of the context that the COPY or ADD source {@code source} names, as Docker
     * reads it: relative to the context's root (a leading {@code /} too), {@code *}, {@code ?} and
     * {@code [...]} matching within a name. Only what exists and is sent; empty when the source names
     * nothing there, or a place outside the context.
     */
    public List<Path> resolve(String source) {
        String relative = source.replace('\\', '/').replaceFirst("^/+", "");
        Path path = root.resolve(relative.isEmpty() ? "." : relative).normalize();
        if (!path.startsWith(root)) {
            return List.of();
        }
        PathMatcher matcher = hasGlob(relative) ? globMatcher(relative(path)) : null;
        if (matcher == null) {
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) && sends(path) ? List.of(path) : List.of();
        }
        String pattern = relative(path);
        String[] names = pattern.split("/");
        int fixed = 0;
        while (fixed < names.length && !hasGlob(names[fixed])) {
            fixed++;
        }
        Path base = root.resolve(String.join("/", List.of(names).subList(0, fixed)));
        List<Path> matches = new ArrayList<>();
        for (Path entry : walk(base)) {
            // a glob's * does not cross a /: deeper entries do not match
            if (matcher.matches(Path.of(relative(entry)))) {
                matches.add(entry);
            }
        }
        return matches;
    }

    /**
     * The regular files under {@code folder}, a folder of the context, that the build sends, at most
     * {@link #MAX_ENTRIES} entries looked at; links are not followed, as Docker copies them as links.
     * Walked once: later calls give what the first found.
     */
    public List<Path> filesUnder(Path folder) {
        List<Path> files = new ArrayList<>();
        for (Path entry : walk(folder)) {
            if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                files.add(entry);
            }
        }
        return files;
    }

    /**
     * The entries under {@code folder} that the build sends, at most {@link #MAX_ENTRIES}; a folder the
     * ignore file leaves out is not entered, unless a {@code !} pattern could bring back something in it.
     */
    private List<Path> walk(Path folder) {
        List<Path> known = walked.get(folder);
        if (known != null) {
            return known;
        }
        List<Path> entries = new ArrayList<>();
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return dir.equals(folder) ? FileVisitResult.CONTINUE : visit(dir, true);
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        return visit(file, false);
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                        // what the build could not read either is not judged
                        return FileVisitResult.CONTINUE;
                    }

                    private FileVisitResult visit(Path entry, boolean isFolder) {
                        if (entries.size() >= MAX_ENTRIES) {
                            return FileVisitResult.TERMINATE;
                        }
                        if (sends(entry)) {
                            entries.add(entry);
                        } else if (isFolder && !ignore.bringsBackAny()) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException unreadable) {
                // a folder the build could not read either: what was found so far is all there is to judge
            }
        }
        walked.put(folder, List.copyOf(entries));
        return walked.get(folder);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BuildContext that && root.equals(that.root)
                && Objects.equals(ignoreFile, that.ignoreFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, ignoreFile);
    }

    /** The matcher of {@code pattern}, or null when it is no valid glob ({@code ["src",}): then it is a plain name. */
    private static PathMatcher globMatcher(String pattern) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException notAGlob) {
            return null;
        }
    }

    private static boolean hasGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
    }
}
