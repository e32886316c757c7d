package org.dockci.changes.git;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The repositories open for the current build. Maven runs the core once per module in one JVM: keeping one
 * {@link GitRepository} per repository means git is read once, not once per module. The build is named by a
 * session key (the Maven session's start time, say): a JVM that outlives builds (mvnd) must not answer a new
 * build with an old build's work tree, so a new key closes what the old one opened.
 */
public final class GitRepositories {

    private static final Map<Path, GitRepository> OPEN = new HashMap<>();
    private static final Map<Path, Path> GIT_DIRS = new HashMap<>();
    private static String openSession;

    private GitRepositories() {
    }

    /** The repository whose work tree holds {@code directory}, opened once per session key. */
    public static synchronized GitRepository forDirectory(Path directory, String sessionKey) {
        if (!sessionKey.equals(openSession)) {
            OPEN.values().forEach(GitRepository::close);
            OPEN.clear();
            GIT_DIRS.clear();
            openSession = sessionKey;
        }
        Path gitDir = GIT_DIRS.computeIfAbsent(directory, GitRepository::gitDirOf); // looking costs a few file reads
        return OPEN.computeIfAbsent(gitDir, GitRepository::openGitDir);
    }
}
