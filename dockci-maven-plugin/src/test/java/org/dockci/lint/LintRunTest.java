package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintRunTest {

    @TempDir
    Path root;

    private static final LintConfig POM_WITH_TYPOS = new LintConfig(Set.of("DL9999", "NOPE"),
            LintConfig.overrides(Set.of("XX1234"), null, null, null), Set.of(), null);

    private Path dockerfile(String folder, String text) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        return Files.writeString(dir.resolve("Dockerfile"), text);
    }

    @Test
    void unknownCodesAreWarningsAndTheLintGoesOn() throws Exception {
        Path file = dockerfile("app", "FROM debian:12\nMAINTAINER me\n");
        LintRun run = new LintRun(root, POM_WITH_TYPOS, root, false);

        List<LintedFile> linted = run.lint(List.of(file));

        assertEquals(1, linted.get(0).findingsOf("DL4000").size());
        assertEquals(2, run.warnings().size(), run.warnings()::toString);
        assertTrue(run.warnings().get(0).startsWith("dockci.lint.ignore: unknown rule codes DL9999, NOPE"));
        assertTrue(run.warnings().get(1).startsWith("dockci.lint.error: unknown rule code XX1234"));
    }

    @Test
    void strictRunRefusesEveryUnknownCodeAtOnceBeforeLinting() throws Exception {
        Path file = dockerfile("app", "FROM debian:12\n");
        Path yaml = Files.writeString(file.resolveSibling(".hadolint.yaml"), "override: {info: [DL30O8]}\n");
        LintRun run = new LintRun(root, POM_WITH_TYPOS, root, true);

        LintConfigException e = assertThrows(LintConfigException.class, () -> run.lint(List.of(file)));

        String message = e.getMessage();
        assertTrue(message.startsWith("the configuration names rule codes that no check has, and dockci.lint.strict"
                + " is true:\n  dockci.lint.ignore: unknown rule codes DL9999, NOPE: "), message);
        assertTrue(message.contains("\n  dockci.lint.error: unknown rule code XX1234: "), message);
        assertTrue(message.contains("\n  " + yaml.toAbsolutePath().normalize() + ": override.info: unknown rule code"
                + " DL30O8: "), message);
    }

    @Test
    void strictRunWithKnownCodesLints() throws Exception {
        Path file = dockerfile("app", "FROM debian:12\nMAINTAINER me\n");
        LintConfig pom = new LintConfig(Set.of("DL4000", "SC2086"), Map.of("DL3008", Severity.ERROR), Set.of(), null);
        LintRun run = new LintRun(root, pom, root, true);

        assertEquals(List.of(), run.lint(List.of(file)).get(0).findings());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void binaryDockerfileIsOneErrorNamingIt() throws Exception {
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);
        Path file = Files.write(Files.createDirectories(root.resolve("app")).resolve("Dockerfile"), junk);

        LintedFile linted = new LintRun(root, LintConfig.EMPTY, root, false).lint(List.of(file)).get(0);

        assertEquals(1, linted.findings().size(), linted.findings()::toString);
        Finding finding = linted.findings().get(0);
        assertEquals("DC1019", finding.code());
        assertTrue(finding.toString().startsWith("app/Dockerfile:"), finding.toString());
        assertTrue(finding.toString().contains(": error DC1019 not a text file: "), finding.toString());
        assertTrue(linted.failsBuild());
    }
}
