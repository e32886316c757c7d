package org.dockci.lint;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Dockerfiles to lint under some paths: a file is taken as it is; a folder is searched for
 * {@code Dockerfile}, {@code Dockerfile.*} and {@code *.Dockerfile}, skipping build output and
 * other tools' folders ({@code target}, {@code .git}, {@code node_modules}).
 */
public final class DockerfileFinder {

    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", "node_modules");

    private DockerfileFinder() {
    }

    /**
     * The Dockerfiles under {@code paths}, absolute and normalized, sorted, each once. A path that
     * does not exist is a {@link NoSuchFileException} naming it.
     */
    public static List<Path> find(List<Path> paths) throws IOException {
        SortedSet<Path> found = new TreeSet<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                search(absolute, found);
            } else if (Files.exists(absolute)) {
                found.add(absolute);
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such file or folder to lint");
            }
        }
        return List.copyOf(found);
    }

    /** The Dockerfiles directly in {@code folder} (not in its sub-folders), sorted: a container module's own. */
    public static List<Path> inFolder(Path folder) throws IOException {
        try (var entries = Files.list(folder.toAbsolutePath().normalize())) {
            return entries.filter(file -> Files.isRegularFile(file) && isDockerfileName(file.getFileName().toString()))
                    .sorted().toList();
        }
    }

    private static boolean isDockerfileName(String name) {
        return name.equals("Dockerfile") || name.startsWith("Dockerfile.") || name.endsWith(".Dockerfile");
    }

    private static void search(Path folder, SortedSet<Path> found) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                // the folder asked for is searched even when it has a skipped name
                return !dir.equals(folder) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isDockerfileName(file.getFileName().toString())) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
