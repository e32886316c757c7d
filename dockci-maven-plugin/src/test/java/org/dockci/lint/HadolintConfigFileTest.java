package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dockci.lint.format.LintFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadolintConfigFileTest {

    @TempDir
    Path folder;

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(folder.resolve(name), yaml);
    }

    private LintConfig read(String yaml) throws Exception {
        return HadolintConfigFile.read(write(".hadolint.yaml", yaml));
    }

    private String errorOf(String yaml) throws IOException {
        Path file = write(".hadolint.yaml", yaml);
        LintConfigException e = assertThrows(LintConfigException.class, () -> HadolintConfigFile.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsHadolintsKeys() throws Exception {
        LintConfig config = read("""
                ignored:
                  - DL3000
                  - SC1010
                override:
                  error: [DL3001, DL3002]
                  warning:
                    - DL3042
                  info: [DL3032]
                  style: [DL3015]
                trustedRegistries:
                  - docker.io
                  - my-company.com:5000
                failure-threshold: warning
                """);

        assertEquals(Set.of("DL3000", "SC1010"), config.ignored());
        assertEquals(Map.of("DL3001", Severity.ERROR, "DL3002", Severity.ERROR, "DL3042", Severity.WARNING,
                "DL3032", Severity.INFO, "DL3015", Severity.STYLE), config.overrides());
        assertEquals(Set.of("docker.io", "my-company.com:5000"), config.trustedRegistries());
        assertEquals(FailureThreshold.WARNING, config.failureThreshold());
    }

    @Test
    void absentKeysSetNothing() throws Exception {
        LintConfig config = read("ignored: [DL3008]\n");

        assertEquals(Set.of("DL3008"), config.ignored());
        assertEquals(Map.of(), config.overrides());
        assertEquals(Set.of(), config.trustedRegistries());
        assertNull(config.failureThreshold());
    }

    @Test
    void emptyOrCommentOnlyFileSetsNothing() throws Exception {
        assertEquals(LintConfig.EMPTY, read(""));
        assertEquals(LintConfig.EMPTY, read("# nothing here yet\n"));
    }

    @Test
    void camelCaseThresholdAndNoneAreAccepted() throws Exception {
        assertEquals(FailureThreshold.NONE, read("failureThreshold: none\n").failureThreshold());
        assertEquals(FailureThreshold.NONE, read("failure-threshold: ignore\n").failureThreshold());
    }

    @Test
    void singleTrustedRegistryNeedsNoList() throws Exception {
        assertEquals(Set.of("registry.example.org"), read("trustedRegistries: registry.example.org\n")
                .trustedRegistries());
    }

    @Test
    void mostSeriousOverrideWinsWithinOneFile() throws Exception {
        LintConfig config = read("override: {style: [DL3015], error: [DL3015]}\n");

        assertEquals(Map.of("DL3015", Severity.ERROR), config.overrides());
    }

    @Test
    void otherHadolintKeysAreAcceptedWithoutEffect() throws Exception {
        LintConfig config = read("""
                no-fail: true
                no-color: true
                disable-ignore-pragma: false
                ignored: [DL3006]
                """);

        assertEquals(Set.of("DL3006"), config.ignored());
        assertNull(config.failureThreshold());
    }

    @Test
    void labelSchemaAndStrictLabelsAreRead() throws Exception {
        LintConfig config = read("""
                label-schema:
                  author: text
                  contact: email
                  created: rfc3339
                  version: semver
                  documentation: url
                  git-revision: hash
                  license: spdx
                  anything:
                strict-labels: true
                """);

        assertEquals(Map.of("author", LabelType.TEXT, "contact", LabelType.EMAIL, "created", LabelType.RFC3339,
                "version", LabelType.SEMVER, "documentation", LabelType.URL, "git-revision", LabelType.HASH,
                "license", LabelType.SPDX, "anything", LabelType.TEXT), config.labelSchema());
        assertEquals(true, config.strictLabels());
    }

    @Test
    void withoutLabelKeysThereIsNoSchemaAndStrictnessIsLeftToOthers() throws Exception {
        LintConfig config = read("ignored: [DL3008]\n");

        assertEquals(Map.of(), config.labelSchema());
        assertNull(config.strictLabels());
    }

    @Test
    void unknownLabelTypeIsAnErrorNamingTheLabel() throws IOException {
        String message = errorOf("label-schema:\n  author: name\n");

        assertTrue(message.contains("label-schema.author: unknown label type 'name': use email, hash, text"), message);
    }

    @Test
    void labelSchemaThatIsNotAMappingOfTypesIsAnError() throws IOException {
        assertTrue(errorOf("label-schema: [author]\n").contains("'label-schema' must be a mapping of label names"));
        assertTrue(errorOf("label-schema:\n  author: [text]\n")
                .contains("'label-schema.author' must be a mapping of label names to types"));
        assertTrue(errorOf("strict-labels: maybe\n").contains("'strict-labels' must be true or false"));
    }

    @Test
    void formatAndFormatsAddUpWithHadolintsNames() throws Exception {
        Path file = write(".hadolint.yaml", """
                format: gitlab_codeclimate
                formats: [sarif, json]
                ignored: [DL3006]
                """);

        assertEquals(EnumSet.of(LintFormat.GITLAB, LintFormat.SARIF, LintFormat.JSON),
                HadolintConfigFile.formats(file).orElseThrow().chosen());
        assertEquals(Set.of("DL3006"), HadolintConfigFile.read(file).ignored());
    }

    @Test
    void noFormatKeyLeavesTheFormatsToOthers() throws Exception {
        assertEquals(Optional.empty(), HadolintConfigFile.formats(write(".hadolint.yaml", "ignored: [DL3006]\n")));
        assertEquals(Optional.empty(), HadolintConfigFile.formats(write(".hadolint.yaml", "")));
    }

    @Test
    void unknownFormatIsAnErrorNamingTheKeyAndTheFormats() throws IOException {
        String message = errorOf("format: gnu\n");

        assertTrue(message.contains(": format: unknown format 'gnu': use tty, hadolint, json, sarif, gitlab,"
                + " checkstyle or junit"), message);
        assertTrue(errorOf("formats: [sarif, 'sarif,gitlab']\n").contains(": formats: unknown format 'sarif,gitlab'"));
        assertTrue(errorOf("format: [sarif]\n").contains("'format' must be one of tty, hadolint"));
    }

    @Test
    void unknownKeyIsAnErrorNamingIt() throws IOException {
        String message = errorOf("ignore:\n  - DL3008\n");

        assertTrue(message.contains("unknown key 'ignore'"), message);
        assertTrue(message.contains("ignored, override, trustedRegistries, failure-threshold, label-schema,"
                + " strict-labels, format and formats"), message);
    }

    @Test
    void unknownOverrideLevelIsAnError() throws IOException {
        String message = errorOf("override:\n  warnings: [DL3008]\n");

        assertTrue(message.contains("unknown key 'override.warnings'"), message);
    }

    @Test
    void overrideThatIsNotAMappingIsAnError() throws IOException {
        String message = errorOf("override: [DL3008]\n");

        assertTrue(message.contains(".hadolint.yaml:1:11: 'override' must be a mapping of error, warning, info"),
                message);
    }

    @Test
    void ignoredThatIsAMappingIsAnError() throws IOException {
        String message = errorOf("ignored:\n  DL3008: yes\n");

        assertTrue(message.contains("'ignored' must be a list of rule codes"), message);
    }

    @Test
    void unknownThresholdIsAnError() throws IOException {
        String message = errorOf("failure-threshold: fatal\n");

        assertTrue(message.contains("unknown failure threshold 'fatal'"), message);
    }

    @Test
    void bothThresholdSpellingsAreAnError() throws IOException {
        String message = errorOf("failure-threshold: info\nfailureThreshold: error\n");

        assertTrue(message.contains("both set"), message);
    }

    @Test
    void duplicateKeyIsAnError() throws IOException {
        String message = errorOf("ignored: [DL3008]\nignored: [DL3009]\n");

        assertTrue(message.contains(".hadolint.yaml:2:"), message);
        assertTrue(message.contains("'ignored'"), message);
    }

    @Test
    void listAtTheTopIsAnError() throws IOException {
        String message = errorOf("- DL3008\n");

        assertTrue(message.contains("expected a mapping of hadolint's keys"), message);
    }

    @Test
    void brokenYamlIsAnErrorWithItsPlace() throws IOException {
        String message = errorOf("ignored: [DL3008\noverride:\n");

        assertTrue(message.contains(".hadolint.yaml:2:9: "), message);
        assertTrue(message.contains("expected ',' or ']'"), message);
    }

    @Test
    void binaryFileIsAnErrorNamingItNotADecoderMessage() throws IOException {
        // a gzip header then compressed bytes: a .hadolint.yaml.gz renamed, say
        byte[] bytes = new byte[512];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 0x1f;
        bytes[1] = (byte) 0x8b;
        Path file = Files.write(folder.resolve(".hadolint.yaml"), bytes);

        LintConfigException e = assertThrows(LintConfigException.class, () -> HadolintConfigFile.read(file));

        assertEquals(file + ": not a text file: bytes that are not UTF-8. hadolint's configuration is YAML text:"
                + " save it as UTF-8, or remove it.", e.getMessage());
    }

    @Test
    void utf16FileIsNotText() throws IOException {
        Path file = Files.write(folder.resolve(".hadolint.yaml"),
                "ignored: [DL3008]\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));

        LintConfigException e = assertThrows(LintConfigException.class, () -> HadolintConfigFile.read(file));

        assertTrue(e.getMessage().startsWith(file + ": not a text file: "), e.getMessage());
    }

    @Test
    void nulBytesAreNotText() throws IOException {
        String message = errorOf("ignored: [DL3008]\n\0\0\0\0");

        assertTrue(message.contains(": not a text file: it holds NUL bytes."), message);
    }

    @Test
    void scalarAtTheTopIsAnError() throws IOException {
        String message = errorOf("DL3008\n");

        assertTrue(message.contains("expected a mapping of hadolint's keys"), message);
    }

    @Test
    void yamlFileIsPreferredToYml() throws IOException {
        assertEquals(Optional.empty(), HadolintConfigFile.in(folder));
        Path yml = write(".hadolint.yml", "ignored: [DL3008]\n");
        assertEquals(Optional.of(yml), HadolintConfigFile.in(folder));
        Path yaml = write(".hadolint.yaml", "ignored: [DL3009]\n");
        assertEquals(Optional.of(yaml), HadolintConfigFile.in(folder));
    }
}
