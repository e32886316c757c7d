package org.dockci.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short digest of uncommitted files, for the candidate tag of an image built with them: the same files with
 * the same contents give the same digest, any other change another one.
 */
final class WorkTreeDigest {

    private static final int LENGTH = 8;

    private WorkTreeDigest() {
    }

    /** Eight hex digits of the SHA-256 of each path (relative to {@code folder}, sorted) and its content, or "deleted". */
    static String of(Path folder, List<String> paths) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String path : paths.stream().sorted().toList()) {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                Path file = folder.resolve(path);
                digest.update(Files.isRegularFile(file) ? Files.readAllBytes(file) : "deleted".getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uncommitted files of " + folder, e);
        }
    }
}
