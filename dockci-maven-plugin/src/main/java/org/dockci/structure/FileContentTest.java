package org.dockci.structure;

import java.util.List;

/** A file of the image whose contents must match each of {@code expectedContents} and none of {@code excludedContents}. */
public record FileContentTest(String name, String path, List<String> expectedContents, List<String> excludedContents) {

    /** Missing lists are empty. */
    public FileContentTest {
        name = name == null ? "" : name;
        path = path == null ? "" : path;
        expectedContents = expectedContents == null ? List.of() : expectedContents;
        excludedContents = excludedContents == null ? List.of() : excludedContents;
    }
}
