package org.dockci.lint.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.dockci.lint.Finding;
import org.dockci.lint.LintedFile;

/**
 * A finding's identity across runs, as GitLab's Code Quality report and SARIF's {@code partialFingerprints} carry
 * it: GitLab tells new findings from fixed ones by it, so it must not change when lines are added or removed above
 * the finding. It is the hex SHA-256 of the file's path from the repository's top, the rule's code, the text of the
 * finding's line (trimmed: re-indenting changes nothing) and how many findings of that code on the same text come
 * before it in the file (two identical lines are two findings) — not of the line number.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprints of {@code file}'s findings, in their order. */
    public static List<String> of(LintedFile file, SourceFiles sources) {
        String path = sources.repositoryPath(file.file());
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(file.findings().size());
        for (Finding finding : file.findings()) {
            String text = sources.line(finding.file(), finding.position().line()).strip();
            int before = seen.merge(finding.code() + "\0" + text, 1, Integer::sum) - 1;
            fingerprints.add(hash(path, finding.code(), text, Integer.toString(before)));
        }
        return fingerprints;
    }

    private static String hash(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
