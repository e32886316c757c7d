package org.dockci.structure;

import java.util.List;

/** One structure-test file: container-structure-test's schema, as {@link StructureConfigParser} read it. */
public record StructureConfig(String schemaVersion, List<KeyValue> globalEnvVars, List<CommandTest> commandTests,
        List<FileExistenceTest> fileExistenceTests, List<FileContentTest> fileContentTests, MetadataTest metadataTest,
        List<LicenseTest> licenseTests, ContainerRunOptions containerRunOptions) {

    /** Missing sections are empty. */
    public StructureConfig {
        schemaVersion = schemaVersion == null ? "" : schemaVersion;
        globalEnvVars = globalEnvVars == null ? List.of() : globalEnvVars;
        commandTests = commandTests == null ? List.of() : commandTests;
        fileExistenceTests = fileExistenceTests == null ? List.of() : fileExistenceTests;
        fileContentTests = fileContentTests == null ? List.of() : fileContentTests;
        metadataTest = metadataTest == null ? MetadataTest.none() : metadataTest;
        licenseTests = licenseTests == null ? List.of() : licenseTests;
        containerRunOptions = containerRunOptions == null ? ContainerRunOptions.none() : containerRunOptions;
    }

    /** How many checks it holds: each test, and the metadata test when it checks something. */
    public int size() {
        return commandTests.size() + fileExistenceTests.size() + fileContentTests.size() + licenseTests.size()
                + (metadataTest.isEmpty() ? 0 : 1);
    }
}
