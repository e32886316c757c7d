package org.dockci.changes.git;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * One git repository, asked about HEAD: its tags, the paths that differ since a commit, what is uncommitted.
 * Each answer is computed once and kept, so that a hundred modules asking cost one reading of git. It only
 * reads the repository, never writes it. Paths are relative to the work tree, separated by {@code /}.
 */
public final class GitRepository implements AutoCloseable {

    private static final String ORIGIN_BRANCHES = Constants.R_REMOTES + "origin/";

    private final Repository repository;
    private final Path workTree;
    private final Head head;
    private final RevTree headTree;
    private final boolean shallow;
    private final ConcurrentMap<Scope, Set<String>> pathsChangedSince = new ConcurrentHashMap<>();
    /** Per commit, the branches of origin holding it: the images of one repository share their commits. */
    private final ConcurrentMap<String, Optional<Set<String>>> originBranchesContaining = new ConcurrentHashMap<>();
    private List<Tag> tagsReachableFromHead;
    private Set<String> uncommittedPaths;

    private GitRepository(Repository repository) throws IOException {
        this.repository = repository;
        this.workTree = repository.getWorkTree().toPath().toRealPath();
        ObjectId headId = repository.resolve(Constants.HEAD);
        if (headId == null) {
            throw new GitException("the git repository " + workTree + " has no commit yet: commit first");
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(headId);
            this.headTree = commit.getTree();
            String fullBranch = repository.getFullBranch();
            Optional<String> branch = fullBranch.startsWith(Constants.R_HEADS)
                    ? Optional.of(Repository.shortenRefName(fullBranch))
                    : Optional.empty();
            this.head = new Head(commit.name(), Instant.ofEpochSecond(commit.getCommitTime()), branch);
        }
        this.shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
    }

    /** Opens the repository whose work tree holds {@code directory}. */
    public static GitRepository open(Path directory) {
        return openGitDir(gitDirOf(directory));
    }

    /** The git directory of the repository whose work tree holds {@code directory}. */
    static Path gitDirOf(Path directory) {
        File gitDir = new FileRepositoryBuilder().findGitDir(directory.toAbsolutePath().toFile()).getGitDir();
        if (gitDir == null) {
            throw new GitException(directory + " is not inside a git work tree: dockci compares with the"
                    + " release tags in git, so build from a clone");
        }
        return gitDir.toPath();
    }

    static GitRepository openGitDir(Path gitDir) {
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
            try {
                return new GitRepository(repository);
            } catch (IOException | RuntimeException e) {
                repository.close();
                throw e;
            }
        } catch (IOException e) {
            throw new GitException("cannot read the git repository " + gitDir + ": " + e.getMessage(), e);
        }
    }

    /** The top folder of the work tree, with symbolic links resolved. */
    public Path workTree() {
        return workTree;
    }

    /** The commit checked out. */
    public Head head() {
        return head;
    }

    /**
     * The URL of the remote {@code origin}, without the user name and password an https URL may carry;
     * empty when there is no such remote. For the image's {@code org.opencontainers.image.source} label.
     */
    public Optional<String> originUrl() {
        String url = repository.getConfig().getString("remote", "origin", "url");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1"));
    }

    /**
     * The git operation the work tree is in the middle of ({@code a merge}, {@code a rebase}, {@code a cherry-pick},
     * {@code a revert}, {@code a bisect}), or empty when there is none.
     */
    public Optional<String> operationInProgress() {
        RepositoryState state = repository.getRepositoryState();
        return switch (state) {
            case SAFE, BARE -> Optional.empty();
            case MERGING, MERGING_RESOLVED -> Optional.of("a merge");
            case CHERRY_PICKING, CHERRY_PICKING_RESOLVED -> Optional.of("a cherry-pick");
            case REVERTING, REVERTING_RESOLVED -> Optional.of("a revert");
            case BISECTING -> Optional.of("a bisect");
            default -> Optional.of("a rebase");
        };
    }

    /** True for a shallow clone ({@code .git/shallow}): its history stops early, so no comparison can be trusted. */
    public boolean isShallow() {
        return shallow;
    }

    /**
     * The tags on commits that HEAD's history holds, and the tags whose commit this clone lacks (where it is
     * cannot be told, so they are not left out). Tags on other branches' commits are not listed. The history is
     * walked once, and only until every tagged commit has been seen.
     */
    public synchronized List<Tag> tagsReachableFromHead() {
        if (tagsReachableFromHead == null) {
            tagsReachableFromHead = List.copyOf(readTagsReachableFromHead());
        }
        return tagsReachableFromHead;
    }

    private List<Tag> readTagsReachableFromHead() {
        List<Tag> tags = new ArrayList<>();
        Map<ObjectId, List<String>> tagNamesByCommit = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                ObjectId target = peeledTarget(ref);
                if (!repository.getObjectDatabase().has(target)) {
                    tags.add(new Tag(name, target.name(), Optional.empty()));
                } else if (isCommit(walk, target)) {
                    tagNamesByCommit.computeIfAbsent(target.copy(), id -> new ArrayList<>()).add(name);
                }
            }
            if (tagNamesByCommit.isEmpty()) {
                return tags;
            }
            walk.reset();
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(ObjectId.fromString(head.commit())));
            Set<ObjectId> notSeen = new HashSet<>(tagNamesByCommit.keySet());
            for (RevCommit commit : walk) {
                if (notSeen.remove(commit)) {
                    Instant time = Instant.ofEpochSecond(commit.getCommitTime());
                    for (String name : tagNamesByCommit.get(commit)) {
                        tags.add(new Tag(name, commit.name(), Optional.of(time)));
                    }
                    if (notSeen.isEmpty()) {
                        break;
                    }
                }
            }
            return tags;
        } catch (IOException e) {
            throw new GitException("cannot read the tags of " + workTree + ": " + e.getMessage(), e);
        }
    }

    /** The object an annotated tag finally points to, or the ref's own object; a missing tag object stays as is. */
    private ObjectId peeledTarget(Ref ref) throws IOException {
        try {
            Ref peeled = repository.getRefDatabase().peel(ref);
            return peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
        } catch (MissingObjectException e) {
            return ref.getObjectId();
        }
    }

    private static boolean isCommit(RevWalk walk, ObjectId id) throws IOException {
        try {
            walk.parseCommit(id);
            return true;
        } catch (IncorrectObjectTypeException e) {
            return false; // a tag on a tree or a blob cannot be a release
        }
    }

    /**
     * The commit that {@code revision} names (a tag, a branch, {@code HEAD~3}, an id); empty when this clone has
     * no such commit.
     */
    public Optional<String> resolveCommit(String revision) {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            return id == null || !repository.getObjectDatabase().has(id) ? Optional.empty() : Optional.of(id.name());
        } catch (MissingObjectException | RevisionSyntaxException | IncorrectObjectTypeException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new GitException("cannot resolve '" + revision + "' in " + workTree + ": " + e.getMessage(), e);
        }
    }

    /**
     * The branches of the remote {@code origin} this clone knows ({@code refs/remotes/origin/*} but
     * {@code origin/HEAD}), by short name: {@code main}, {@code feature/foo}. A branch deleted in origin is gone
     * from here after a {@code git fetch --prune}.
     */
    public Set<String> originBranches() {
        try {
            Set<String> branches = new TreeSet<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(ORIGIN_BRANCHES)) {
                String name = ref.getName().substring(ORIGIN_BRANCHES.length());
                if (!name.equals(Constants.HEAD)) {
                    branches.add(name);
                }
            }
            return branches;
        } catch (IOException e) {
            throw new GitException("cannot read the branches of origin in " + workTree + ": " + e.getMessage(), e);
        }
    }

    /**
     * The branches of {@code origin} whose history holds {@code commit} (a full or abbreviated id); empty when this
     * clone does not have that commit, so that a caller can tell "on no branch" from "not known here".
     */
    public Optional<Set<String>> originBranchesContaining(String commit) {
        return originBranchesContaining.computeIfAbsent(commit, this::readOriginBranchesContaining);
    }

    private Optional<Set<String>> readOriginBranchesContaining(String commit) {
        Optional<String> id = resolveCommit(commit);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit wanted = walk.parseCommit(ObjectId.fromString(id.get()));
            SortedSet<String> containing = new TreeSet<>();
            for (String branch : originBranches()) {
                RevCommit tip = walk.parseCommit(repository.resolve(ORIGIN_BRANCHES + branch));
                walk.reset();
                if (walk.isMergedInto(wanted, tip)) {
                    containing.add(branch);
                }
            }
            return Optional.of(Collections.unmodifiableSortedSet(containing));
        } catch (IOException e) {
            throw new GitException("cannot tell which branches of origin hold commit " + commit + " in " + workTree
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The paths of files that differ between {@code commit} and HEAD: added, removed or modified (a rename
     * gives both names). One comparison of the two trees, which skips every folder that did not change.
     */
    public Set<String> pathsChangedSince(String commit) {
        return pathsChangedSince.computeIfAbsent(new Scope(commit, Optional.empty()), this::readPathsChangedSince);
    }

    /**
     * {@link #pathsChangedSince(String)} for the files and folders {@code within} only (relative paths, not
     * empty): the comparison does not even open the other folders, so a module pays for its own files, not for
     * the whole repository.
     */
    public Set<String> pathsChangedSince(String commit, Set<String> within) {
        if (within.isEmpty()) {
            return Set.of();
        }
        return pathsChangedSince.computeIfAbsent(new Scope(commit, Optional.of(Set.copyOf(within))),
                this::readPathsChangedSince);
    }

    private record Scope(String commit, Optional<Set<String>> within) {
    }

    private static TreeFilter filterFor(Scope scope) {
        if (scope.within().isEmpty()) {
            return TreeFilter.ANY_DIFF;
        }
        return AndTreeFilter.create(PathFilterGroup.createFromStrings(scope.within().get()), TreeFilter.ANY_DIFF);
    }

    private Set<String> readPathsChangedSince(Scope scope) {
        try (RevWalk walk = new RevWalk(repository); TreeWalk trees = new TreeWalk(repository)) {
            trees.addTree(walk.parseCommit(ObjectId.fromString(scope.commit())).getTree());
            trees.addTree(headTree);
            trees.setRecursive(true);
            trees.setFilter(filterFor(scope));
            Set<String> paths = new HashSet<>();
            while (trees.next()) {
                paths.add(trees.getPathString());
            }
            return Set.copyOf(paths);
        } catch (IOException e) {
            throw new GitException("cannot compare commit " + scope.commit() + " with HEAD in " + workTree + ": "
                    + e.getMessage(), e);
        }
    }

    /** The text (UTF-8) of the file at {@code path} in {@code commit}; empty when the commit has no such file. */
    public Optional<String> contentAt(String commit, String path) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevTree tree = walk.parseCommit(ObjectId.fromString(commit)).getTree();
            try (TreeWalk file = TreeWalk.forPath(repository, path, tree)) {
                if (file == null || (file.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    return Optional.empty();
                }
                byte[] bytes = repository.open(file.getObjectId(0), Constants.OBJ_BLOB).getBytes();
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new GitException("cannot read " + path + " at commit " + commit + " in " + workTree + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The paths that differ from HEAD in the index or the work tree: modified, added, deleted, in conflict,
     * and untracked files that no {@code .gitignore} covers (a build's {@code target/} does not count).
     */
    public synchronized Set<String> uncommittedPaths() {
        if (uncommittedPaths == null) {
            try {
                Status status = new Git(repository).status().call();
                Set<String> paths = new HashSet<>();
                paths.addAll(status.getAdded());
                paths.addAll(status.getChanged());
                paths.addAll(status.getRemoved());
                paths.addAll(status.getMissing());
                paths.addAll(status.getModified());
                paths.addAll(status.getConflicting());
                paths.addAll(status.getUntracked());
                uncommittedPaths = Set.copyOf(paths);
            } catch (GitAPIException e) {
                throw new GitException("cannot read the status of " + workTree + ": " + e.getMessage(), e);
            }
        }
        return uncommittedPaths;
    }

    @Override
    public void close() {
        repository.close();
    }
}
