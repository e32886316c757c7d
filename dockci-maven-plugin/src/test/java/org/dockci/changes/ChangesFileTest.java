package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangesFileTest {

    @TempDir
    Path target;

    private static ModuleChange change(String name, boolean changed) {
        return new ModuleChange(name, "containers/" + name,
                new Verdict.ByMode(changed ? ChangeMode.ALL : ChangeMode.NONE), Optional.empty(), "0".repeat(40),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Instant.EPOCH);
    }

    @Test
    void theChangedModulesAreListedInTheOrderGiven() throws Exception {
        Path file = ChangesFile.write(target, List.of(change("z", true), change("b", false), change("a", true)));

        assertEquals(target.resolve("dockci/changes.txt"), file);
        assertEquals("containers/z\ncontainers/a\n", Files.readString(file));
        assertEquals(List.of("containers/z", "containers/a"), ChangesFile.read(target));
    }

    @Test
    void withNothingChangedTheFileIsEmpty() throws Exception {
        ChangesFile.write(target, List.of(change("a", false)));

        assertEquals("", Files.readString(target.resolve("dockci/changes.txt")));
    }
}
