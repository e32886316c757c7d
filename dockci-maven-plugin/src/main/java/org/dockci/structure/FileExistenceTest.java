package org.dockci.structure;

/**
 * A path of the image: whether it exists, and its permissions ({@code -rw-r--r--}, as Go prints a file mode),
 * owner, group and who may execute it ({@code owner}, {@code group}, {@code other}, {@code any}).
 */
public record FileExistenceTest(String name, String path, Boolean shouldExist, String permissions, Integer uid,
        Integer gid, String isExecutableBy) {

    /** Unset: it should exist; any owner and group. */
    public FileExistenceTest {
        name = name == null ? "" : name;
        path = path == null ? "" : path;
        shouldExist = shouldExist == null || shouldExist;
        permissions = permissions == null ? "" : permissions;
        uid = uid == null ? -1 : uid;
        gid = gid == null ? -1 : gid;
        isExecutableBy = isExecutableBy == null ? "" : isExecutableBy;
    }
}
