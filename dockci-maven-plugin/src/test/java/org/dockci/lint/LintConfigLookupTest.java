package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigLookupTest {

    @TempDir
    Path root;

    private Path dockerfile;

    @BeforeEach
    void makeContainerFolder() throws IOException {
        Path folder = Files.createDirectories(root.resolve("containers/web"));
        dockerfile = Files.writeString(folder.resolve("Dockerfile"), "FROM scratch\n");
    }

    @Test
    void withoutFilesTheDefaultsAndPomApply() throws Exception {
        LintConfig pom = new LintConfig(Set.of("DL3008"), Map.of(), Set.of(), null);

        LintConfig config = new LintConfigLookup(root, pom).forDockerfile(dockerfile);

        assertEquals(Set.of("DL3008"), config.ignored());
        assertEquals(FailureThreshold.ERROR, config.failureThreshold());
    }

    @Test
    void fileNextToDockerfileWinsOverRootFile() throws Exception {
        Files.writeString(root.resolve(".hadolint.yaml"), """
                failure-threshold: info
                override: {error: [DL3008]}
                ignored: [DL3015]
                """);
        Files.writeString(dockerfile.resolveSibling(".hadolint.yml"), """
                failure-threshold: warning
                override: {style: [DL3008]}
                """);

        LintConfig config = new LintConfigLookup(root, LintConfig.EMPTY).forDockerfile(dockerfile);

        assertEquals(FailureThreshold.WARNING, config.failureThreshold());
        assertEquals(Severity.STYLE, config.severityOf("DL3008", Severity.WARNING));
        assertTrue(config.ignores("DL3015"));
    }

    @Test
    void pomWinsOverBothFiles() throws Exception {
        Files.writeString(root.resolve(".hadolint.yaml"), "ignored: [DL3008]\nfailure-threshold: style\n");
        Files.writeString(dockerfile.resolveSibling(".hadolint.yaml"), "failure-threshold: info\n");
        LintConfig pom = new LintConfig(Set.of(), Map.of("DL3008", Severity.ERROR), Set.of(), FailureThreshold.NONE);

        LintConfig config = new LintConfigLookup(root, pom).forDockerfile(dockerfile);

        assertFalse(config.ignores("DL3008"));
        assertEquals(Severity.ERROR, config.severityOf("DL3008", Severity.INFO));
        assertEquals(FailureThreshold.NONE, config.failureThreshold());
    }

    @Test
    void rootFileIsReadForADockerfileAtTheRoot() throws Exception {
        Files.writeString(root.resolve(".hadolint.yaml"), "ignored: [DL3008]\n");
        Path atRoot = Files.writeString(root.resolve("Dockerfile"), "FROM scratch\n");

        assertTrue(new LintConfigLookup(root, LintConfig.EMPTY).forDockerfile(atRoot).ignores("DL3008"));
    }

    @Test
    void fileInAnotherContainerFolderDoesNotApply() throws Exception {
        Path other = Files.createDirectories(root.resolve("containers/db"));
        Files.writeString(other.resolve(".hadolint.yaml"), "ignored: [DL3008]\n");

        assertFalse(new LintConfigLookup(root, LintConfig.EMPTY).forDockerfile(dockerfile).ignores("DL3008"));
    }

    @Test
    void invalidFileNextToDockerfileIsAnErrorNamingIt() throws IOException {
        Path bad = Files.writeString(dockerfile.resolveSibling(".hadolint.yaml"), "ignore: [DL3008]\n");
        LintConfigLookup lookup = new LintConfigLookup(root, LintConfig.EMPTY);

        LintConfigException e = assertThrows(LintConfigException.class, () -> lookup.forDockerfile(dockerfile));

        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }

    @Test
    void unknownCodesInPomListsAreNamedWithTheirParameter() {
        LintConfig pom = new LintConfig(Set.of("DL9999", "NOPE", "DL3008"),
                LintConfig.overrides(Set.of("XX1234"), null, null, Set.of("DL3015")), Set.of(), null);

        List<String> unknown = new LintConfigLookup(root, pom).unknownCodes();

        assertEquals(2, unknown.size(), unknown::toString);
        assertTrue(unknown.get(0).startsWith("dockci.lint.ignore: unknown rule codes DL9999, NOPE: no check of dockci"
                + " has them, so they change nothing."), unknown.get(0));
        assertTrue(unknown.get(1).startsWith("dockci.lint.error: unknown rule code XX1234: no check of dockci has it,"),
                unknown.get(1));
    }

    @Test
    void unknownCodesInAFileAreNamedWithItsPathAndKeyOnceHoweverManyDockerfilesItServes() throws Exception {
        Path rootFile = Files.writeString(root.resolve(".hadolint.yaml"), """
                ignored: [DL3008, DL3O15]
                override:
                  warning: [dl9001]
                  style: [DL3059]
                """);
        Path other = Files.createDirectories(root.resolve("containers/db")).resolve("Dockerfile");
        Files.writeString(other, "FROM scratch\n");
        LintConfigLookup lookup = new LintConfigLookup(root, LintConfig.EMPTY);

        lookup.forDockerfile(dockerfile);
        lookup.forDockerfile(other);

        assertEquals(List.of(rootFile + ": ignored: unknown rule code DL3O15: no check of dockci has it, so it changes"
                + " nothing. Known codes are hadolint's DL, dockci's DC (README's tables) and ShellCheck's SC codes:"
                + " fix the spelling, or remove it.",
                rootFile + ": override.warning: unknown rule code DL9001: no check of dockci has it, so it changes"
                + " nothing. Known codes are hadolint's DL, dockci's DC (README's tables) and ShellCheck's SC codes:"
                + " fix the spelling, or remove it."), lookup.unknownCodes());
    }

    @Test
    void shellCheckAndSyntaxCodesAreKnown() throws Exception {
        Files.writeString(dockerfile.resolveSibling(".hadolint.yaml"), "ignored: [SC2086, SC1091]\n");
        LintConfig pom = new LintConfig(Set.of("DC2001"), LintConfig.overrides(null, Set.of("sc2046"), null, null),
                Set.of(), null);
        LintConfigLookup lookup = new LintConfigLookup(root, pom);

        lookup.forDockerfile(dockerfile);

        assertEquals(List.of(), lookup.unknownCodes());
    }
}
