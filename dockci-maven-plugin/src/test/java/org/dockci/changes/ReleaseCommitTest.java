package org.dockci.changes;

import static org.dockci.changes.ContainerRepository.pom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commits a release makes are no change: otherwise pushing a release would start the next one, forever. */
class ReleaseCommitTest {

    private static final String POM = "containers/a/pom.xml";

    @TempDir
    Path directory;

    private ContainerRepository released() throws Exception {
        ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.4.0-SNAPSHOT");
        repo.git.commit("a");
        repo.release("a", "1.4.0", "1.4.1-SNAPSHOT");
        return repo;
    }

    @Test
    void theNextDevelopmentVersionAfterTheTagIsNoChange() throws Exception {
        try (ContainerRepository repo = released()) {
            ModuleChange a = repo.detect("a");

            assertFalse(a.changed(), a.reason());
            assertTrue(a.reason().startsWith("unchanged since a-1.4.0 ("), a.reason());
        }
    }

    @Test
    void theScmTagTheReleaseWritesIsNoChange() throws Exception {
        try (ContainerRepository repo = ContainerRepository.init(directory).module("a", "1.4.0-SNAPSHOT")) {
            repo.git.write(POM, pom("a", "1.4.0-SNAPSHOT", "1.0.0", "\n  <scm><tag>HEAD</tag></scm>")).commit("a");
            repo.git.write(POM, pom("a", "1.4.0", "1.0.0", "\n  <scm><tag>a-1.4.0</tag></scm>")).commit("release");
            repo.git.tag("a-1.4.0");
            repo.git.write(POM, pom("a", "1.4.1-SNAPSHOT", "1.0.0", "\n  <scm><tag>HEAD</tag></scm>")).commit("next");

            assertFalse(repo.detect("a").changed());
        }
    }

    @Test
    void aDependencyVersionIsAChange() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write(POM, pom("a", "1.4.1-SNAPSHOT", "1.0.0", """

                      <dependencies>
                        <dependency><groupId>g</groupId><artifactId>d</artifactId><version>2.0</version></dependency>
                      </dependencies>""")).commit("a dependency");

            assertEquals("changed: pom.xml since a-1.4.0", repo.detect("a").reason());
        }
    }

    @Test
    void theParentVersionIsAChange() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write(POM, pom("a", "1.4.1-SNAPSHOT", "1.1.0", "")).commit("new parent");

            assertTrue(repo.detect("a").changed());
        }
    }

    @Test
    void aVersionEditWithAnyOtherEditIsAChange() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write(POM, pom("a", "1.5.0-SNAPSHOT", "1.0.0", "\n  <properties><p>1</p></properties>"))
                    .commit("version and a property");

            assertTrue(repo.detect("a").changed());
        }
    }

    @Test
    void aPomThatIsNotXmlChangesByAnyEdit() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write(POM, "<project><version>1.4.1-SNAPSHOT</version>").commit("broken pom");

            assertTrue(repo.detect("a").changed());
        }
    }

    @Test
    void theReleaseVersionWrittenButNotYetCommittedIsNoChange() throws Exception {
        try (ContainerRepository repo = released()) {
            repo.git.write(POM, pom("a", "1.4.1", "1.0.0", "")); // as release:prepare builds before committing

            ModuleChange a = repo.detect("a");

            assertFalse(a.changed(), a.reason());
            assertFalse(a.dirty(), "the release plugin's own version edit does not make a dirty tag");
        }
    }
}
