package org.dockci.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict on what the update check printed: updates, none, not checkable, or repositories unreachable. */
class UpdateCheckTest {

    @Test
    void pendingAptUpdatesAreListed() {
        UpdateCheck.Result result = UpdateCheck.read(0, """
                manager\tapt
                update\tzlib1g\t1:1.2.13.dfsg-1\t1:1.2.13.dfsg-1+deb12u1
                update\tapt\t2.6.1\t2.6.2
                """, "");

        UpdateCheck.Pending pending = assertInstanceOf(UpdateCheck.Pending.class, result);
        assertEquals(List.of(new PendingUpdate("zlib1g", "1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1+deb12u1"),
                new PendingUpdate("apt", "2.6.1", "2.6.2")), pending.updates());
        assertEquals("2 pending updates: zlib1g 1:1.2.13.dfsg-1 → 1:1.2.13.dfsg-1+deb12u1, …", pending.describe(1));
    }

    @Test
    void nothingPendingIsACheckedVerdict() {
        UpdateCheck.Pending pending = assertInstanceOf(UpdateCheck.Pending.class, UpdateCheck.read(0, "manager\tapt\n", ""));

        assertTrue(pending.updates().isEmpty());
        assertEquals("no pending update", pending.describe(3));
    }

    @Test
    void anUnreachableMirrorNamesItsHostsAndIsNeverNothingPending() {
        UpdateCheck.Result result = UpdateCheck.read(UpdateCheck.UPDATE_FAILED, "manager\tapt\n", """
                Err:1 http://127.0.0.1:1 ./ InRelease
                  Could not connect to 127.0.0.1:1 (127.0.0.1). - connect (111: Connection refused)
                Err:2 http://deb.debian.org/debian trixie InRelease
                  Temporary failure resolving 'deb.debian.org'
                E: Failed to fetch http://127.0.0.1:1/./InRelease  Could not connect to 127.0.0.1:1 (127.0.0.1)
                W: Failed to fetch http://deb.debian.org/debian/dists/trixie/InRelease  Could not resolve 'deb.debian.org'
                E: Some index files failed to download. They have been ignored, or old ones used instead.
                """);

        UpdateCheck.Unreachable unreachable = assertInstanceOf(UpdateCheck.Unreachable.class, result);
        assertEquals("127.0.0.1:1, deb.debian.org", unreachable.hosts());
        assertTrue(unreachable.detail().contains("E: Some index files failed to download"), unreachable.detail());
    }

    @Test
    void aRepositoryThatAnswersOnlyWithAnErrorIsNamedByItsErrLine() {
        UpdateCheck.Unreachable unreachable = assertInstanceOf(UpdateCheck.Unreachable.class,
                UpdateCheck.read(UpdateCheck.UPDATE_FAILED, "manager\tapt\n", """
                        Err:3 http://127.0.0.1:34215 ./ Packages
                          500  Internal Server Error [IP: 127.0.0.1 34215]
                        E: Failed to fetch http://127.0.0.1:34215/./Packages  500  Internal Server Error
                        """));

        assertEquals("127.0.0.1:34215", unreachable.hosts());
    }

    @Test
    void anImageWithoutShellIsNotChecked() {
        UpdateCheck.NotChecked notChecked = assertInstanceOf(UpdateCheck.NotChecked.class, UpdateCheck.read(127, "",
                "docker: Error response from daemon: failed to create shim task: exec: \"sh\": executable file not found"
                        + " in $PATH: unknown."));

        assertTrue(notChecked.why().startsWith("no shell in the image"), notChecked.why());
    }

    @Test
    void anImageWithoutPackageManagerIsNotChecked() {
        UpdateCheck.NotChecked notChecked = assertInstanceOf(UpdateCheck.NotChecked.class,
                UpdateCheck.read(0, "manager\tnone\n", ""));

        assertEquals("no package manager found (apt, apk, rpm)", notChecked.why());
    }

    @Test
    void alpineUpdatesAreListed() {
        UpdateCheck.Pending pending = assertInstanceOf(UpdateCheck.Pending.class,
                UpdateCheck.read(0, "manager\tapk\nupdate\tbusybox\t1.36.1-r2\t1.36.1-r5\n", ""));

        assertEquals(List.of(new PendingUpdate("busybox", "1.36.1-r2", "1.36.1-r5")), pending.updates());
    }
}
