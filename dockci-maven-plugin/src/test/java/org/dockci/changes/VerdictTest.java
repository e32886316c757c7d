package org.dockci.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each verdict in the words the log has always used: tests and pipelines grep them. */
class VerdictTest {

    private static final Baseline RELEASE = new Baseline("x3-webdav-1.2.0", "3f2c1ab9e8d7c6b5a49382716059e8d7c6b5a493");

    @Test
    void unchangedNamesItsReleaseAndWhatTheRefreshFound() {
        Verdict.Unchanged unchanged = new Verdict.Unchanged(RELEASE, Optional.empty());

        assertFalse(unchanged.changed());
        assertEquals("unchanged since x3-webdav-1.2.0 (3f2c1ab)", unchanged.reason());
        assertEquals("unchanged since x3-webdav-1.2.0 (3f2c1ab); refresh: nothing pending",
                unchanged.checked("nothing pending").reason());
    }

    @Test
    void changedPathsListCommittedThenUncommitted() {
        assertEquals("changed: Dockerfile since x3-webdav-1.2.0; uncommitted a.conf",
                new Verdict.ChangedPaths(List.of("Dockerfile"), List.of("a.conf"), RELEASE).reason());
        assertEquals("changed: uncommitted a, b, c and 1 more",
                new Verdict.ChangedPaths(List.of(), List.of("a", "b", "c", "d"), RELEASE).reason());
    }

    @Test
    void aBaseVerdictNamesTheBaseTheChainAndTheBasesOwnReason() {
        Verdict paths = new Verdict.ChangedPaths(List.of("Dockerfile"), List.of(), RELEASE);

        assertEquals("changed: base x3-base via x3-mid: Dockerfile since x3-webdav-1.2.0",
                new Verdict.ViaBase("x3-base", List.of("x3-mid"), paths).reason());
        assertEquals("refresh: base x3-base: 2 pending updates",
                new Verdict.ViaBase("x3-base", List.of(), new Verdict.Stale("2 pending updates")).reason());
        assertEquals("changed: base x3-base: shared input pom.xml since x3-webdav-1.2.0",
                new Verdict.ViaBase("x3-base", List.of(), new Verdict.SharedInput(List.of("pom.xml"), RELEASE))
                        .reason());
    }

    @Test
    void cannotCompareIsBuiltAndCarriesItsWarning() {
        Verdict shallow = new Verdict.CannotCompare("shallow clone", Optional.of("clone the full history"));

        assertTrue(shallow.changed());
        assertEquals("changed: shallow clone", shallow.reason());
        assertEquals(Optional.of("clone the full history"), shallow.warning());
        assertEquals(Optional.empty(), new Verdict.Stale("x").warning());
    }

    @Test
    void theModesBuildEverythingOrNothing() {
        assertEquals("changed: change mode all builds every module", new Verdict.ByMode(ChangeMode.ALL).reason());
        assertEquals("unchanged: change mode none builds no module", new Verdict.ByMode(ChangeMode.NONE).reason());
        assertFalse(new Verdict.ByMode(ChangeMode.NONE).changed());
    }
}
