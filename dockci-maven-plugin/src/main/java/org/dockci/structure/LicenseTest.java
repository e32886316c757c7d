package org.dockci.structure;

import java.util.List;

/**
 * Copyright files that must not name a forbidden licence (AGPL, WTFPL): every Debian package's
 * ({@code /usr/share/doc/PACKAGE/copyright}) with {@code debian: true}, and the {@code files} listed.
 */
public record LicenseTest(Boolean debian, List<String> files) {

    /** Unset: not the Debian packages, no files. */
    public LicenseTest {
        debian = Boolean.TRUE.equals(debian);
        files = files == null ? List.of() : files;
    }
}
