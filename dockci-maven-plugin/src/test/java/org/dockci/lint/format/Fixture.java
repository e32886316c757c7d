package org.dockci.lint.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dockci.dockerfile.Position;
import org.dockci.lint.FailureThreshold;
import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;
import org.dockci.lint.Severity;

/**
 * A fixed set of findings on real files: a repository with {@code containers/web/Dockerfile} (an error, a warning,
 * an info and a style finding, two of them on identical lines) and {@code containers/db/Dockerfile} (a syntax
 * error), linted from the repository's top, so that every format is tested on the same findings.
 */
final class Fixture {

    static final String WEB = "containers/web/Dockerfile";
    static final String DB = "containers/db/Dockerfile";

    static final String WEB_TEXT = """
            FROM debian:trixie-slim
            RUN apt-get update
            RUN apt-get install -y curl
            ADD webdav.conf /etc/webdav.conf
            RUN apt-get install -y curl
            MAINTAINER someone
            """;

    private Fixture() {
    }

    /** Writes the two Dockerfiles under {@code root}. */
    static void writeFiles(Path root, String webText) throws IOException {
        Files.createDirectories(root.resolve("containers/web"));
        Files.createDirectories(root.resolve("containers/db"));
        Files.writeString(root.resolve(WEB), webText);
        Files.writeString(root.resolve(DB), "FROM debian:trixie-slim\nRUNN true\n");
    }

    /** The findings on {@link #WEB_TEXT} with its lines moved down by {@code shift}. */
    static List<LintedFile> linted(int shift) {
        String pin = "Pin versions in apt get install. Instead of `apt-get install <package>` use"
                + " `apt-get install <package>=<version>`";
        LintedFile web = new LintedFile(WEB, true, List.of("DL3008", "DL3015", "DL3020", "DL4000"), List.of(
                new Finding(WEB, new Position(3 + shift, 5), Severity.WARNING, "DL3008", pin),
                new Finding(WEB, new Position(3 + shift, 5), Severity.INFO, "DL3015",
                        "Avoid additional packages by specifying `--no-install-recommends`"),
                new Finding(WEB, new Position(4 + shift, 1), Severity.ERROR, "DL3020",
                        "Use COPY instead of ADD for files and folders"),
                new Finding(WEB, new Position(5 + shift, 5), Severity.WARNING, "DL3008", pin),
                new Finding(WEB, new Position(6 + shift, 1), Severity.STYLE, "DL4000", "MAINTAINER is deprecated")),
                FailureThreshold.ERROR);
        LintedFile db = new LintedFile(DB, false, List.of(), List.of(new Finding(DB, new Position(2, 1),
                Severity.ERROR, "DC1000", "unknown instruction: RUNN (did you mean RUN?)")), FailureThreshold.ERROR);
        return List.of(web, db);
    }
}
