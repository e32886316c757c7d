package org.dockci.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading container-structure-test's YAML: what it accepts, and each bad input named with its place. */
class StructureConfigParserTest {

    private static StructureConfigException problems(String yaml) {
        return assertThrows(StructureConfigException.class, () -> StructureConfigParser.parse(yaml, "structure-test.yaml"));
    }

    @Test
    void readsEverySectionOfSchema2() throws Exception {
        StructureConfig config = StructureConfigParser.parse("""
                schemaVersion: '2.0.0'
                globalEnvVars: [{key: A, value: b}]
                commandTests:
                  - name: whoami
                    command: id
                    args: ['-un']
                    expectedOutput: ['^www-data$']
                    exitCode: 0
                fileExistenceTests:
                  - name: root
                    path: /
                    uid: 0
                fileContentTests:
                  - name: passwd
                    path: /etc/passwd
                    expectedContents: ['root']
                metadataTest:
                  labels: [{key: a, value: 'b.*', isRegex: true}]
                  entrypoint: []
                  healthcheck: true
                licenseTests: [{debian: true}]
                containerRunOptions: {user: root, envVars: [FOO]}
                """, "f");
        assertEquals(List.of("id", "-un"), config.commandTests().get(0).commandLine());
        assertTrue(config.fileExistenceTests().get(0).shouldExist(), "shouldExist defaults to true");
        assertEquals(-1, config.fileExistenceTests().get(0).gid());
        assertTrue(config.metadataTest().labels().get(0).isRegex());
        assertEquals(List.of(), config.metadataTest().entrypoint(), "an empty entrypoint is set, to nothing");
        assertEquals(5, config.size());
    }

    @Test
    void schema1CommandsAsListsAreRead() throws Exception {
        StructureConfig config = StructureConfigParser.parse("""
                schemaVersion: '1.0.0'
                commandTests:
                  - name: bad
                    command: ['apt-get', 'dslkfjasl']
                    exitCode: 1
                """, "f");
        assertEquals(List.of("apt-get", "dslkfjasl"), config.commandTests().get(0).commandLine());
    }

    @Test
    void everyUnknownKeyIsNamedWithItsLineAndColumn() {
        StructureConfigException e = problems("""
                schemaVersion: '2.0.0'
                comandTests: []
                fileExistenceTests:
                  - name: root
                    path: /
                    shouldExists: true
                """);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("structure-test.yaml:2:"), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("unknown key 'comandTests'"), e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("structure-test.yaml:6:"), e.problems().get(1));
        assertTrue(e.problems().get(1).contains("'shouldExists' in fileExistenceTests[0]"), e.problems().get(1));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsPlace() {
        StructureConfigException e = problems("""
                schemaVersion: '2.0.0'
                fileExistenceTests:
                  - name: root
                    path: /
                    uid: root
                """);
        assertTrue(e.getMessage().startsWith("structure-test.yaml:5:"), e.getMessage());
        assertTrue(e.getMessage().contains("fileExistenceTests[0].uid"), e.getMessage());
    }

    @Test
    void aYamlSyntaxErrorGivesItsLineAndColumn() {
        StructureConfigException e = problems("""
                schemaVersion: '2.0.0'
                commandTests:
                  - name: 'unclosed
                    command: id
                """);
        assertTrue(e.getMessage().matches("(?s)structure-test\\.yaml:\\d+:\\d+: not valid YAML.*"), e.getMessage());
    }

    @Test
    void testsWithoutNameCommandOrPathAreRefused() {
        StructureConfigException e = problems("""
                schemaVersion: '2.0.0'
                commandTests:
                  - name: nothing to run
                fileContentTests:
                  - path: /etc/passwd
                    expectedContents: ['(unclosed']
                """);
        assertTrue(e.getMessage().contains("commandTests[0] 'nothing to run': no command"), e.getMessage());
        assertTrue(e.getMessage().contains("fileContentTests[0]: no name"), e.getMessage());
        assertTrue(e.getMessage().contains("'(unclosed' is not a regular expression"), e.getMessage());
    }

    @Test
    void anUnknownSchemaVersionIsRefusedAndAKnownOneIsNot() throws Exception {
        assertTrue(problems("schemaVersion: '3.0.0'\n").getMessage().contains("'3.0.0' is not supported"));
        assertTrue(problems("commandTests: []\n").getMessage().contains("schemaVersion missing"));
        StructureConfigParser.parse("schemaVersion: '2.0.0'\n", "f");
    }

    @Test
    void goExpandReplacesTheImagesVariablesAsCstDoes() {
        assertEquals("/bin:/usr/bin x  $ $", GoExpand.expand("$PATH ${X} $UNSET $ $", java.util.Map.of("PATH",
                "/bin:/usr/bin", "X", "x")));
    }
}
