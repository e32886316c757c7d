package org.dockci.changes;

import static org.dockci.changes.ContainerRepository.pom;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReleasePomEditTest {

    @Test
    void theProjectVersionAloneIsAReleaseEdit() {
        assertTrue(ReleasePomEdit.onlyReleaseValuesDiffer(pom("a", "1.4.0-SNAPSHOT", "1.0.0", ""),
                pom("a", "1.4.0", "1.0.0", "")));
        assertTrue(ReleasePomEdit.onlyReleaseValuesDiffer(pom("a", "1.4.0", "1.0.0", ""),
                pom("a", "1.4.1-SNAPSHOT", "1.0.0", "")));
    }

    @Test
    void theScmTagIsAReleaseEdit() {
        assertTrue(ReleasePomEdit.onlyReleaseValuesDiffer(
                pom("a", "1.4.0-SNAPSHOT", "1.0.0", "<scm><tag>HEAD</tag></scm>"),
                pom("a", "1.4.0", "1.0.0", "<scm><tag>a-1.4.0</tag></scm>")));
    }

    @Test
    void anScmHoldingOnlyTheTagIsAddedAndRemovedByTheRelease() {
        // a module inheriting its scm: prepare adds <scm><tag>, the next iteration removes it again
        String snapshot = pom("a", "1.4.0-SNAPSHOT", "1.0.0", "");
        String released = pom("a", "1.4.0", "1.0.0", "\n  <scm>\n    <tag>a-1.4.0</tag>\n  </scm>\n");
        assertTrue(ReleasePomEdit.onlyReleaseValuesDiffer(snapshot, released));
        assertTrue(ReleasePomEdit.onlyReleaseValuesDiffer(released, pom("a", "1.4.1-SNAPSHOT", "1.0.0", "")));
    }

    @Test
    void anScmWithAConnectionIsNotAReleaseEdit() {
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(pom("a", "1.4.0", "1.0.0", ""),
                pom("a", "1.4.0", "1.0.0", "<scm><connection>scm:git:x</connection><tag>a-1.4.0</tag></scm>")));
    }

    @Test
    void theParentVersionIsNot() {
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(pom("a", "1.4.0", "1.0.0", ""),
                pom("a", "1.4.0", "1.1.0", "")));
    }

    @Test
    void aDependencyVersionIsNot() {
        String dependency = "<dependencies><dependency><artifactId>d</artifactId><version>%s</version></dependency>"
                + "</dependencies>";
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(pom("a", "1.4.0", "1.0.0", dependency.formatted("1")),
                pom("a", "1.4.0", "1.0.0", dependency.formatted("2"))));
    }

    @Test
    void theVersionOfABaseModuleDependencyIsAReleaseEdit() {
        // the release writes the base's release, then its next snapshot, into the child (scripts/release-changed.sh)
        String base = "<dependencies><dependency><groupId>g</groupId><artifactId>base</artifactId>"
                + "<version>%s</version><type>pom</type></dependency></dependencies>";
        assertTrue(ReleasePomEdit.onlyReleaseValuesDiffer(pom("a", "1.4.0", "1.0.0", base.formatted("1.3.1")),
                pom("a", "1.4.1-SNAPSHOT", "1.0.0", base.formatted("1.3.2-SNAPSHOT"))));
    }

    @Test
    void anotherEditOfABaseModuleDependencyIsNot() {
        String base = "<dependencies><dependency><groupId>g</groupId><artifactId>%s</artifactId>"
                + "<version>1.3.1</version><type>pom</type></dependency></dependencies>";
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(pom("a", "1.4.0", "1.0.0", base.formatted("base")),
                pom("a", "1.4.0", "1.0.0", base.formatted("other-base"))));
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(pom("a", "1.4.0", "1.0.0", base.formatted("base")),
                pom("a", "1.4.0", "1.0.0", base.formatted("base").replace("<type>pom</type>", ""))));
    }

    @Test
    void anElementNamedVersionDeeperDownIsNot() {
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(
                pom("a", "1.0.0", "1.0.0", "<properties><version>1</version></properties>"),
                pom("a", "1.0.0", "1.0.0", "<properties><version>2</version></properties>")));
    }

    @Test
    void aCommentTextOrAttributeEditIsNot() {
        String base = pom("a", "1.0.0", "1.0.0", "");
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(base, base.replace("<packaging>", "<!-- x --><packaging>")));
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(base, base.replace(">pom<", ">jar<")));
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(base, base.replace("<modelVersion>",
                "<modelVersion combine.self=\"override\">")));
    }

    @Test
    void aPomThatIsNotXmlIsOnlyEqualToItself() {
        assertTrue(ReleasePomEdit.onlyReleaseValuesDiffer("<project>", "<project>"));
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer("<project><version>1</version>",
                "<project><version>2</version>"));
    }

    @Test
    void anExternalEntityIsNotRead() {
        String withEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <project><version>1</version><name>&x;</name></project>
                """;
        assertFalse(ReleasePomEdit.onlyReleaseValuesDiffer(withEntity, withEntity.replace(">1<", ">2<")));
    }
}
