package org.dockci.changes;

/**
 * What a module is compared with.
 *
 * @param name   the release tag ({@code x3-webdav-1.2.0}), or the revision given instead of it
 * @param commit the full id of its commit
 */
public record Baseline(String name, String commit) {

    /** The first 7 characters of the commit id. */
    public String commitShort() {
        return ModuleChange.shortId(commit);
    }
}
