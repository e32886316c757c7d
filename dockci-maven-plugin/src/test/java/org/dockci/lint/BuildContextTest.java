package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a build sends, as COPY and ADD sources name them. */
class BuildContextTest {

    @TempDir
    Path root;

    private Path dockerfile;

    private void touch(String... paths) throws IOException {
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, path);
        }
    }

    @BeforeEach
    void writeDockerfile() throws IOException {
        dockerfile = Files.writeString(root.resolve("Dockerfile"), "FROM scratch\n");
    }

    private List<String> resolved(String source) throws IOException {
        BuildContext context = BuildContext.of(dockerfile);
        return context.resolve(source).stream().map(context::relative).sorted().toList();
    }

    @Test
    void sourceIsAPathFromTheContextRootALeadingSlashToo() throws IOException {
        touch("conf/app.conf");

        assertEquals(List.of("conf/app.conf"), resolved("conf/app.conf"));
        assertEquals(List.of("conf/app.conf"), resolved("/conf/app.conf"));
        assertEquals(List.of("conf/app.conf"), resolved("./conf/../conf/app.conf"));
        assertEquals(List.of("conf"), resolved("conf/"));
        assertEquals(List.of(""), resolved("."));
    }

    @Test
    void missingAndOutsideSourcesNameNothing() throws IOException {
        Files.writeString(root.getParent().resolve("outside.key"), "x");

        assertEquals(List.of(), resolved("nothing.txt"));
        assertEquals(List.of(), resolved("../outside.key"));
    }

    @Test
    void globMatchesWithinNames() throws IOException {
        touch("keys/a.key", "keys/b.key", "keys/sub/c.key", "keys/a.txt", "other/d.key");

        assertEquals(List.of("keys/a.key", "keys/b.key"), resolved("keys/*.key"));
        assertEquals(List.of("keys/a.key", "other/d.key"), resolved("*/[ad].key"));
        assertEquals(List.of("keys/a.key", "keys/a.txt"), resolved("keys/a.???"));
    }

    @Test
    void sourceThatIsNoValidGlobIsAPlainName() throws IOException {
        touch("[\"src\",");

        assertEquals(List.of("[\"src\","), resolved("[\"src\","));
        assertEquals(List.of(), resolved("[unclosed"));
    }

    @Test
    void dockerignoreLeavesFilesOutOfSourcesAndFolders() throws IOException {
        touch("app/.env", "app/main.py", "app/deep/.env", "secrets/id_rsa", "notes.md");
        Files.writeString(root.resolve(".dockerignore"), """
                # comments and blank lines are no patterns

                **/.env
                /secrets
                *.md
                """);
        BuildContext context = BuildContext.of(dockerfile);

        assertEquals(List.of(), resolved("app/.env"));
        assertEquals(List.of(), resolved("secrets/id_rsa"));
        assertEquals(List.of(), resolved("*.md"));
        assertEquals(List.of("app/main.py"),
                context.filesUnder(root.resolve("app")).stream().map(context::relative).toList());
    }

    @Test
    void exclamationMarkBringsBackWhatAnEarlierPatternLeftOut() throws IOException {
        touch("conf/a.conf", "conf/keep.conf");
        Files.writeString(root.resolve(".dockerignore"), "conf\n!conf/keep.conf\n");
        BuildContext context = BuildContext.of(dockerfile);

        assertFalse(context.sends(root.resolve("conf/a.conf")));
        assertTrue(context.sends(root.resolve("conf/keep.conf")));
        // the folder left out is still walked, for what a ! pattern brings back in it
        assertEquals(List.of(".dockerignore", "Dockerfile", "conf/keep.conf"),
                context.filesUnder(root).stream().map(context::relative).sorted().toList());
    }

    @Test
    void theDockerfilesOwnIgnoreFileWinsOverTheSharedOne() throws IOException {
        touch("a.txt", "b.txt");
        Files.writeString(root.resolve(".dockerignore"), "a.txt\n");
        Files.writeString(root.resolve("Dockerfile.dockerignore"), "b.txt\n");

        assertEquals(List.of("a.txt"), resolved("a.txt"));
        assertEquals(List.of(), resolved("b.txt"));
    }

    @Test
    void unreadableIgnoreFileBytesSpoilOnlyTheirPattern() throws IOException {
        touch("a.txt", "b.txt");
        Files.write(root.resolve(".dockerignore"), new byte[] {(byte) 0xFF, (byte) 0xFE, '\n', 'b', '.', 't', 'x', 't'});

        assertEquals(List.of("a.txt"), resolved("a.txt"));
        assertEquals(List.of(), resolved("b.txt"));
    }
}
