package org.dockci.dockerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hand-written Dockerfiles under src/test/resources/corpus: {@code valid/} and {@code invalid/}
 * hold what today's BuildKit accepts and refuses; {@code buildkit-only.txt} names those Docker 20.10
 * cannot judge, each with its reason.
 */
final class Corpus {

    static final String VALID = "valid";
    static final String INVALID = "invalid";
    private static final String BUILDKIT_ONLY = "buildkit-only.txt";

    private Corpus() {
    }

    /** Every hand-written file, valid ones first, each folder sorted by name. */
    static List<CorpusFile> handWritten() {
        Map<String, String> buildkitOnly = buildkitOnly();
        List<CorpusFile> files = new ArrayList<>();
        for (String folder : List.of(VALID, INVALID)) {
            for (Path path : dockerfilesIn(root().resolve(folder))) {
                String name = folder + "/" + path.getFileName();
                files.add(new CorpusFile(name, read(path), folder.equals(VALID),
                        Optional.ofNullable(buildkitOnly.get(name))));
            }
        }
        return files;
    }

    /** The hand-written files followed by the cases {@link CorpusMutations} derives from them. */
    static List<CorpusFile> all() {
        List<CorpusFile> files = new ArrayList<>(handWritten());
        files.addAll(CorpusMutations.of(files));
        return files;
    }

    /** The entries of buildkit-only.txt: file name (FOLDER/FILE) to reason, in file order. */
    static Map<String, String> buildkitOnly() {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : read(root().resolve(BUILDKIT_ONLY)).split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(BUILDKIT_ONLY + ": \"" + entry + "\" is not \"FOLDER/FILE: reason\"");
            }
            reasons.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        return reasons;
    }

    private static Path root() {
        URL url = Corpus.class.getResource("/corpus");
        if (url == null) {
            throw new IllegalStateException("corpus/ is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> dockerfilesIn(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(".Dockerfile")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
