package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A container that builds FROM another module must depend on it; the message says what to add, where. */
class BaseDependencyTest {

    private static final BaseDependency BASE = new BaseDependency("org.dockci.containers", "x3-base", "1.1.0-SNAPSHOT");
    private static final BaseDependency TOOLS = new BaseDependency("org.dockci.containers", "x3-tools", "2.0.0");

    @Test
    void aDeclaredBaseIsNotMissing() {
        assertEquals(List.of(), BaseDependency.missing(List.of(BASE),
                Map.of("junit-jupiter", "5.11.0", "x3-base", "1.1.0-SNAPSHOT")));
    }

    @Test
    void everyUndeclaredBaseIsMissing() {
        assertEquals(List.of(BASE, TOOLS), BaseDependency.missing(List.of(BASE, TOOLS), Map.of("junit-jupiter", "5")));
    }

    @Test
    void aBaseDeclaredWithAnotherVersionThanTheBuildsIsMissing() {
        // the base was released since: Maven would not link the dependency to the module it builds
        assertEquals(List.of(BASE), BaseDependency.missing(List.of(BASE), Map.of("x3-base", "1.0.1-SNAPSHOT")));
        assertEquals("x3-child builds FROM the image of x3-base (the dependency names 1.0.1-SNAPSHOT, the build's"
                + " x3-base is 1.1.0-SNAPSHOT) but does not depend on it: Maven may build x3-child first, against the"
                + " previous image. Add to pom.xml (or correct the version):", BaseDependency.problem("x3-child",
                        "pom.xml", List.of(BASE), Map.of("x3-base", "1.0.1-SNAPSHOT")).lines().findFirst().orElseThrow());
    }

    @Test
    void theProblemNamesTheBaseThePomAndTheExactXmlToAdd() {
        assertEquals("""
                x3-child builds FROM the image of x3-base but does not depend on it: Maven may build x3-child first,\
                 against the previous image. Add to containers/x3-child/pom.xml (or correct the version):
                  <dependencies>
                    <dependency>
                      <groupId>org.dockci.containers</groupId>
                      <artifactId>x3-base</artifactId>
                      <version>1.1.0-SNAPSHOT</version>
                      <type>pom</type>
                    </dependency>
                  </dependencies>""",
                BaseDependency.problem("x3-child", "containers/x3-child/pom.xml", List.of(BASE), Map.of()));
    }
}
