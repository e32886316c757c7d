package org.dockci.changes.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A real, throw-away git repository for tests, made with JGit. Commits get committer times a minute apart
 * from {@link #START}, so that tests can rely on their order and on HEAD's time.
 */
public final class TestRepository implements AutoCloseable {

    /** The committer time of the first commit. */
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final Git git;
    private final Path root;
    private int commits;

    private TestRepository(Git git, Path root) {
        this.git = git;
        this.root = root;
    }

    /** A new repository in {@code root}, with a {@code .gitignore} for {@code target/} (not yet committed). */
    public static TestRepository init(Path root) throws Exception {
        TestRepository repository = new TestRepository(Git.init().setDirectory(root.toFile())
                .setInitialBranch("main").call(), root);
        repository.write(".gitignore", "target/\n");
        return repository;
    }

    /** A clone of {@code origin} into {@code root} with only the last {@code depth} commits. */
    public static TestRepository shallowClone(TestRepository origin, Path root, int depth) throws Exception {
        Git clone = Git.cloneRepository().setURI(origin.root.toUri().toString()).setDirectory(root.toFile())
                .setDepth(depth).call();
        return new TestRepository(clone, root);
    }

    /** A full clone of {@code origin} into {@code root}: {@code origin}'s branches become {@code refs/remotes/origin/*}. */
    public static TestRepository cloneOf(TestRepository origin, Path root) throws Exception {
        Git clone = Git.cloneRepository().setURI(origin.root.toUri().toString()).setDirectory(root.toFile())
                .setCloneAllBranches(true).call();
        return new TestRepository(clone, root);
    }

    /** {@code git fetch --prune origin}: branches deleted in origin leave {@code refs/remotes/origin/}. */
    public void fetchPrune() throws GitAPIException {
        git.fetch().setRemote("origin").setRemoveDeletedRefs(true).call();
    }

    /** Deletes a branch that is not checked out, merged or not. */
    public void deleteBranch(String name) throws GitAPIException {
        git.branchDelete().setBranchNames(name).setForce(true).call();
    }

    public Path root() {
        return root;
    }

    /** Writes a file of the work tree, making its folders. */
    public TestRepository write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return this;
    }

    /** Deletes a file of the work tree. */
    public TestRepository delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        return this;
    }

    /** Stages everything (deletions too) and commits it; returns the commit's id. */
    public String commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent person = new PersonIdent("Test", "test@example.org",
                START.plusSeconds(60L * commits++), ZoneOffset.UTC);
        RevCommit commit = git.commit().setMessage(message).setAuthor(person).setCommitter(person).call();
        return commit.name();
    }

    /** Tags HEAD with an annotated tag, as maven-release-plugin does. */
    public void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage("[maven-release-plugin] copy for tag " + name)
                .setTagger(new PersonIdent("Test", "test@example.org", START, ZoneOffset.UTC)).call();
    }

    /** Tags a commit with a lightweight tag. */
    public void lightweightTag(String name, String commit) throws Exception {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            git.tag().setName(name).setAnnotated(false).setObjectId(walk.parseCommit(ObjectId.fromString(commit)))
                    .call();
        }
    }

    /**
     * Makes a tag that points to {@code commit} whether or not the repository has it, as a partial fetch can
     * leave it. JGit refuses to, so the ref is written as git stores it: a file holding the id.
     */
    public void tagPointingTo(String name, String commit) throws IOException {
        Path ref = git.getRepository().getDirectory().toPath().resolve("refs/tags").resolve(name);
        Files.createDirectories(ref.getParent());
        Files.writeString(ref, commit + "\n");
    }

    /** Checks out a new branch at HEAD. */
    public void newBranch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
    }

    /** Checks out a branch. */
    public void checkout(String branch) throws GitAPIException {
        git.checkout().setName(branch).call();
    }

    /** Detaches HEAD at a commit, as Jenkins checks out. */
    public void detach(String commit) throws GitAPIException {
        git.checkout().setName(commit).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
