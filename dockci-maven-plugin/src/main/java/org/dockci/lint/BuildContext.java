package org.dockci.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a build sends to Docker, as far as lint can see them: the folder of the Dockerfile (the
 * context dockci's containers are built with), less what its ignore file leaves out, the
 * {@code <Dockerfile's name>.dockerignore} next to it if there is one (as BuildKit prefers), else
 * {@code .dockerignore}. Rules read it to judge what COPY and ADD take into the image by what the
 * files hold rather than by their names (DC2001).
 */
public final class BuildContext {

    /**
     * Walking a folder or a glob stops after this many entries, so that a huge context ({@code COPY . .}
     * next to a {@code node_modules}) keeps the lint fast; what lies beyond is not looked at.
     */
    static final int MAX_ENTRIES = 20_000;

    private final Path root;
    private final DockerIgnore ignore;

    private BuildContext(Path root, DockerIgnore ignore) {
        this.root = root;
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
        return new BuildContext(root, file == null ? DockerIgnore.NONE
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
        if (!hasGlob(relative)) {
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) && sends(path) ? List.of(path) : List.of();
        }
        String pattern = relative(path);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        String[] names = pattern.split("/");
        int fixed = 0;
        while (fixed < names.length && !hasGlob(names[fixed])) {
            fixed++;
        }
        Path base = root.resolve(String.join("/", List.of(names).subList(0, fixed)));
        List<Path> matches = new ArrayList<>();
        for (Path entry : walk(base, names.length - fixed)) {
            if (matcher.matches(Path.of(relative(entry))) && sends(entry)) {
                matches.add(entry);
            }
        }
        return matches;
    }

    /**
     * The regular files under {@code folder}, a folder of the context, that the build sends, at most
     * {@link #MAX_ENTRIES} entries looked at; links are not followed, as Docker copies them as links.
     */
    public List<Path> filesUnder(Path folder) {
        List<Path> files = new ArrayList<>();
        for (Path entry : walk(folder, Integer.MAX_VALUE)) {
            if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && sends(entry)) {
                files.add(entry);
            }
        }
        return files;
    }

    private List<Path> walk(Path folder, int depth) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder, depth)) {
            Iterator<Path> found = walk.iterator();
            while (found.hasNext() && entries.size() < MAX_ENTRIES) {
                Path entry = found.next();
                if (!entry.equals(folder)) {
                    entries.add(entry);
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // a folder the build could not read either: what was found so far is all there is to judge
        }
        return entries;
    }

    private static boolean hasGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
    }
}
