package org.dockci.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dockci.version.MetadataFiles;

/**
 * The reactor's {@code target/dockci/changes.txt}: the folder of each changed module, one a line, in reactor
 * order. Jenkins reads it to release the changed containers.
 */
public final class ChangesFile {

    public static final String NAME = "changes.txt";

    private ChangesFile() {
    }

    /** Writes the changed modules among {@code modules}, kept in their order, and returns the file. */
    public static Path write(Path buildDirectory, List<ModuleChange> modules) throws IOException {
        Path directory = Files.createDirectories(buildDirectory.resolve(MetadataFiles.DIRECTORY));
        List<String> changed = modules.stream().filter(ModuleChange::changed).map(ModuleChange::path).toList();
        return Files.write(directory.resolve(NAME), changed, StandardCharsets.UTF_8);
    }

    /** The module folders the file lists. */
    public static List<String> read(Path buildDirectory) throws IOException {
        Path file = buildDirectory.resolve(MetadataFiles.DIRECTORY).resolve(NAME);
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
