package org.dockci.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json: what a build recorded of a module, read back as it was written. */
class ModuleRunTest {

    @TempDir
    Path folder;

    @Test
    void aRecordIsReadBackAsItWasWrittenToTheNanosecond() throws Exception {
        Instant build = Instant.parse("2026-12-05T02:18:52.738Z");
        ModuleRun run = new ModuleRun("x3-webdav", build, "jenkins-dockers-main-7", List.of(
                new GoalRun("dockci:report", "report", null, build.plusNanos(3_162_875_424L),
                        build.plusNanos(3_164_775_003L), true),
                new GoalRun("docker:start", "start", Step.START, build.plusSeconds(9), build.plusSeconds(12), false)),
                true, "docker:start", "port 8080 \"in use\"\nsecond line");

        run.write(folder.resolve("dockci"));

        assertEquals(run, ModuleRun.read(folder.resolve("dockci")));
        String json = Files.readString(folder.resolve("dockci/run.json"));
        assertTrue(json.contains("\"start\" : \"2026-12-05T02:18:55.900875424Z\""), json);
        assertTrue(json.contains("\"step\" : null"), json);
    }

    @Test
    void aFileThatIsNotARecordSaysSo() throws Exception {
        Files.createDirectories(folder.resolve("dockci"));
        Files.writeString(folder.resolve("dockci/run.json"), "{\"module\": \"x\", \"build\": \"yesterday\"}");

        IOException error = assertThrows(IOException.class, () -> ModuleRun.read(folder.resolve("dockci")));

        assertTrue(error.getMessage().contains("run.json is not a run record of dockci"), error.getMessage());
    }
}
