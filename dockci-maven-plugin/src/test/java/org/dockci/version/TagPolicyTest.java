package org.dockci.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagPolicyTest {

    private static final String SHA = "3f2c1ab";

    @ParameterizedTest(name = "{0} on {1} → candidate {2}, deploy [{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1.4.1-SNAPSHOT   | main        | 1.4.1-dev.3f2c1ab   | main
            1.4.1-SNAPSHOT   | feature/Foo | 1.4.1-dev.3f2c1ab   | feature-foo
            1.4.1-SNAPSHOT   | -           | 1.4.1-dev.3f2c1ab   | -
            1.4.1-SNAPSHOT   | latest      | 1.4.1-dev.3f2c1ab   | branch-latest
            1.4.1-SNAPSHOT   | 1.4         | 1.4.1-dev.3f2c1ab   | branch-1.4
            2.0-rc1-SNAPSHOT | main        | 2.0-rc1-dev.3f2c1ab | main
            1.4.0            | main        | 1.4.0               | 1.4,1,latest
            1.4.0            | feature/Foo | 1.4.0               | 1.4,1,latest
            2.1              | -           | 2.1                 | 2,latest
            3                | -           | 3                   | latest
            1.4.0-rc1        | main        | 1.4.0-rc1           | -
            """)
    void tagsFollowTheVersion(String version, String branch, String candidate, String deploy) {
        ImageTags tags = TagPolicy.tagsFor(version, SHA, Optional.ofNullable(branch));

        assertEquals(candidate, tags.candidate());
        assertEquals(deploy == null ? List.of() : List.of(deploy.split(",")), tags.deploy());
    }

    @Test
    void aSnapshotNeverGetsLatest() {
        for (String branch : List.of("main", "latest", "LATEST", "release/latest")) {
            ImageTags tags = TagPolicy.tagsFor("1.0.0-SNAPSHOT", SHA, Optional.of(branch));

            assertFalse(tags.all().contains("latest"), branch + " gave " + tags);
        }
    }

    @Test
    void allListsTheCandidateFirst() {
        assertEquals(List.of("1.4.0", "1.4", "1", "latest"), TagPolicy.tagsFor("1.4.0", SHA, Optional.empty()).all());
    }

    @Test
    void aVersionThatCannotBeADockerTagIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TagPolicy.tagsFor("1.0+build", SHA, Optional.empty()));

        assertEquals("version 1.0+build cannot be a Docker tag ('1.0+build'): use letters, digits, '.', '_' and '-',"
                + " at most 128 characters", error.getMessage());
    }

    @Test
    void aDirtyBuildSaysSoInItsCandidateTagAndMovesNoTag() {
        assertEquals(new ImageTags("1.0.1-dev." + SHA + ".dirty-1a2b3c4d", List.of()),
                TagPolicy.tagsFor("1.0.1-SNAPSHOT", SHA, Optional.of("main"), Optional.of("1a2b3c4d")));
        assertEquals(new ImageTags("1.4.0-dirty.1a2b3c4d", List.of()),
                TagPolicy.tagsFor("1.4.0", SHA, Optional.empty(), Optional.of("1a2b3c4d")));
    }
}
