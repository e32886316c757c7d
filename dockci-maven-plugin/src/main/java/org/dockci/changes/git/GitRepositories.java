package org.dockci.changes.git;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The repositories one build has open. Maven runs the core once per module: keeping one {@link GitRepository} per
 * repository means git is read once per build, not once per module. One instance per build, never shared
 * with the next: a JVM that outlives builds (mvnd) must not answer a new build with an old build's work tree.
 */
public final class GitRepositories implements AutoCloseable {

    private final Map<Path, GitRepository> open = new HashMap<>();
    private final Map<Path, Path> gitDirs = new HashMap<>();
    private boolean closed;

    /** The repository whose work tree holds {@code directory}, opened once. */
    public synchronized GitRepository forDirectory(Path directory) {
        if (closed) {
            throw new IllegalStateException("the build's repositories are closed");
        }
        Path gitDir = gitDirs.computeIfAbsent(directory, GitRepository::gitDirOf); // looking costs a few file reads
        return open.computeIfAbsent(gitDir, GitRepository::openGitDir);
    }

    /** Closes what was opened. */
    @Override
    public synchronized void close() {
        closed = true;
        open.values().forEach(GitRepository::close);
        open.clear();
        gitDirs.clear();
    }
}
