package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dockci.dockerfile.ImageReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reactor's container modules: in reactor order, with the bases their Dockerfiles name. */
class ReactorModulesTest {

    private static final String PREFIX = "localhost:5000/dockci/";

    private static ImageReference image(String module) {
        return ImageReference.of(PREFIX + module);
    }

    @TempDir
    Path directory;

    /** Modules base and app (app builds FROM base), listed in that order. */
    private Supplier<Map<String, Path>> baseAndApp() throws IOException {
        Files.createDirectories(directory.resolve("base"));
        Files.createDirectories(directory.resolve("app"));
        Files.writeString(directory.resolve("base/Dockerfile"), "FROM debian:bookworm-slim\n");
        Files.writeString(directory.resolve("app/Dockerfile"), "FROM " + PREFIX + "base:1.0.0\n");
        return () -> {
            Map<String, Path> folders = new LinkedHashMap<>();
            folders.put("base", directory.resolve("base"));
            folders.put("app", directory.resolve("app"));
            return folders;
        };
    }

    @Test
    void theModulesComeInReactorOrderWithTheirBases() throws IOException {
        List<ContainerModule> modules = ReactorModules.read(baseAndApp().get(), ReactorModulesTest::image);

        assertEquals(List.of(new ContainerModule("base", directory.resolve("base"), Set.of()),
                new ContainerModule("app", directory.resolve("app"), Set.of("base"))), modules);
    }
}
