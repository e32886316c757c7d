package org.dockci.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Maps repository paths to a module's folder: plain strings, {@code /}-separated, relative to the work tree. */
final class ModulePaths {

    private ModulePaths() {
    }

    /** The folder of {@code directory} relative to {@code workTree} ({@code containers/x3-webdav}); "" for the top. */
    static String folderOf(Path directory, Path workTree) {
        Path real;
        try {
            real = directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the module folder " + directory, e);
        }
        if (!real.startsWith(workTree)) {
            throw new IllegalArgumentException("module folder " + directory + " is outside the git work tree "
                    + workTree);
        }
        return slashed(workTree.relativize(real));
    }

    /** The paths under {@code folder}, relative to it, sorted: {@code containers/a/Dockerfile} → {@code Dockerfile}. */
    static List<String> under(String folder, Collection<String> paths) {
        if (folder.isEmpty()) {
            return paths.stream().sorted().toList();
        }
        String prefix = folder + "/";
        return paths.stream().filter(path -> path.startsWith(prefix)).map(path -> path.substring(prefix.length()))
                .sorted().toList();
    }

    /** The path of {@code file} in {@code folder}, relative to the work tree. */
    static String inFolder(String folder, String file) {
        return folder.isEmpty() ? file : folder + "/" + file;
    }

    /** A relative path with {@code /} between its names, as git writes it, whatever the platform. */
    static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
