package org.dockci.lint.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What reports need of the linted files beyond their findings: where each file is in the repository (GitLab and
 * SARIF name files from the repository's top, the console from where Maven runs) and the text of its lines (GitLab's
 * fingerprints). Each file is read once, when a report first asks for one of its lines.
 */
public final class SourceFiles {

    private final Path displayBase;
    private final Path repositoryRoot;
    private final Map<Path, List<String>> lines = new HashMap<>();

    /** Files shown relative to {@code displayBase}, in a repository whose top is {@code repositoryRoot}. */
    public SourceFiles(Path displayBase, Path repositoryRoot) {
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    }

    /** The file shown as {@code shown} (a finding's file). */
    public Path absolute(String shown) {
        return displayBase.resolve(shown).normalize();
    }

    /**
     * The file's path from the repository's top, with {@code /}: {@code containers/web/Dockerfile}; the absolute
     * path of a file outside the repository.
     */
    public String repositoryPath(String shown) {
        Path file = absolute(shown);
        Path path = file.startsWith(repositoryRoot) ? repositoryRoot.relativize(file) : file;
        return path.toString().replace('\\', '/');
    }

    /**
     * The file as a URI reference: relative to the repository's top ({@code containers/my%20app/Dockerfile}), or a
     * {@code file:} URI for a file outside it.
     */
    public String repositoryUri(String shown) {
        Path file = absolute(shown);
        if (!file.startsWith(repositoryRoot)) {
            return file.toUri().toString();
        }
        try {
            return new URI(null, null, repositoryPath(shown), null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a relative path is always a URI path: " + shown, e);
        }
    }

    /**
     * The text of line {@code line} (from 1) of the file, without its line break; empty past its end or when the
     * file is gone. Bytes that are not UTF-8 are read as U+FFFD, the same bytes always giving the same text.
     */
    public String line(String shown, int line) {
        List<String> text = lines.computeIfAbsent(absolute(shown), SourceFiles::read);
        return line >= 1 && line <= text.size() ? text.get(line - 1) : "";
    }

    private static List<String> read(Path file) {
        try {
            // the lines as Docker splits them: \n, with a \r before it dropped
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
