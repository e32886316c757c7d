package org.dockci.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dockci.changes.git.GitRepositories;
import org.dockci.changes.git.GitRepository;
import org.dockci.changes.git.Head;
import org.dockci.changes.git.Tag;

/**
 * Decides whether a container module must be built. In mode auto a module has changed when, since its
 * baseline (its newest release tag in HEAD's history), a file in its folder differs, a file there is
 * uncommitted, a shared input changed, or a module it builds {@code FROM} changed (through any number of
 * bases). The release plugin's own version edits of the module's pom do not count. When it cannot compare
 * (no release yet, a shallow clone, a baseline commit the clone lacks) it says so and counts the module as
 * changed: it never skips a module silently.
 */
public final class ChangeDetector {

    private final DetectSettings settings;
    private final StalenessCheck staleness;
    private final GitRepositories repositories;
    // Each module is looked at once per build, however many modules build FROM it.
    private final ConcurrentMap<String, Verdict> ownVerdicts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Comparison> comparisons = new ConcurrentHashMap<>();
    private final ConcurrentMap<Path, SharedInputs> sharedInputs = new ConcurrentHashMap<>();
    private final ConcurrentMap<Path, ReleaseTags> releaseTags = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, StalenessCheck.Freshness> freshness = new ConcurrentHashMap<>();

    /**
     * A detector for one build with {@code settings}, reading git through the build's {@code repositories} and, in
     * mode refresh, asking {@code staleness} about released images (each once).
     *
     * @throws DetectConfigurationException when the settings contradict each other
     */
    public ChangeDetector(DetectSettings settings, StalenessCheck staleness, GitRepositories repositories) {
        if (settings.mode() == ChangeMode.REFRESH && settings.baselineRevision().isPresent()) {
            throw new DetectConfigurationException("change mode refresh checks each container's released image:"
                    + " it cannot compare with the baseline revision '" + settings.baselineRevision().get()
                    + "'; leave dockci.baseline unset");
        }
        this.settings = settings;
        this.staleness = staleness;
        this.repositories = repositories;
    }

    /**
     * Whether {@code module} must be built, and why. {@code reactor} holds the other modules, so that its bases
     * can be looked at; git is read once per repository, however many modules ask.
     *
     * @throws org.dockci.changes.git.GitException when the module is not in a git work tree with a commit
     * @throws IllegalArgumentException            when a base named by a module is not in {@code reactor}
     */
    public ModuleChange detect(ContainerModule module, Collection<ContainerModule> reactor) {
        GitRepository git = repositories.forDirectory(module.directory());
        Map<String, ContainerModule> modulesByName = new HashMap<>();
        reactor.forEach(other -> modulesByName.put(other.name(), other));
        modulesByName.put(module.name(), module);

        List<List<ContainerModule>> baseChains = baseChains(module, modulesByName); // checks the graph in every mode
        String folder = ModulePaths.folderOf(module.directory(), git.workTree());
        Comparison comparison = comparison(git, module);
        Verdict verdict = switch (settings.mode()) {
            case ALL, NONE -> new Verdict.ByMode(settings.mode());
            case AUTO -> auto(git, module, comparison, baseChains);
            case REFRESH -> refresh(git, auto(git, module, comparison, baseChains), module, comparison, baseChains);
        };
        Head head = git.head();
        List<String> uncommitted = uncommittedAgainstHead(git, folder);
        Optional<String> dirtyDigest = uncommitted.isEmpty() ? Optional.empty()
                : Optional.of(WorkTreeDigest.of(git.workTree().resolve(folder), uncommitted));
        return new ModuleChange(module.name(), folder, verdict,
                comparison.baseline(), head.commit(), BranchName.of(head.branch(), settings.environment()), uncommitted,
                dirtyDigest, git.operationInProgress(), head.commitTime());
    }

    /**
     * The version of {@code module}'s newest release in HEAD's history other than {@code version} (the one being
     * built: in the checkout of a release tag, that release is not its own previous one); empty before the first.
     */
    public Optional<String> previousRelease(ContainerModule module, String version) {
        GitRepository git = repositories.forDirectory(module.directory());
        return releaseTags.computeIfAbsent(git.workTree(), workTree -> new ReleaseTags(git.tagsReachableFromHead()))
                .newestExcept(settings.tagFormat(), module.name(), version)
                .flatMap(tag -> settings.tagFormat().versionIn(tag.name(), module.name()));
    }

    /** {@link #detect} for each module of {@code reactor}, in its order (for the aggregate changes.txt). */
    public List<ModuleChange> detectAll(List<ContainerModule> reactor) {
        return reactor.stream().map(module -> detect(module, reactor)).toList();
    }

    private Verdict auto(GitRepository git, ContainerModule module, Comparison comparison,
            List<List<ContainerModule>> baseChains) {
        if (git.isShallow()) {
            return new Verdict.CannotCompare("shallow clone, the history to compare with is cut off", Optional.of(
                    "shallow clone: " + module.name() + " is built because its last release cannot be compared;"
                            + " clone the full history (git fetch --unshallow; in Jenkins, no shallow clone)"
                            + " to build only what changed"));
        }
        Verdict own = ownVerdict(git, module);
        if (own.changed()) {
            return own;
        }
        Baseline mine = comparison.baseline().orElseThrow(); // unchanged: there was a baseline to compare with
        for (List<ContainerModule> chain : baseChains) {
            ContainerModule base = chain.get(chain.size() - 1);
            Verdict baseVerdict = ownVerdict(git, base);
            if (baseVerdict.changed()) {
                return viaBase(chain, baseVerdict);
            }
            // The base may have been released since this module was: its image then differs from the one
            // this module was last built from, though neither changed since its own release.
            String baseFolder = ModulePaths.folderOf(base.directory(), git.workTree());
            List<String> basePaths = committedChanges(git, baseFolder, mine);
            if (!basePaths.isEmpty()) {
                return viaBase(chain, new Verdict.ChangedPaths(basePaths, List.of(), mine));
            }
        }
        return own;
    }

    /**
     * A module no commit changed is also built when its released image, or that of a module it builds FROM, has
     * gone stale; the reason says what was checked either way.
     */
    private Verdict refresh(GitRepository git, Verdict byCommits, ContainerModule module, Comparison comparison,
            List<List<ContainerModule>> baseChains) {
        if (byCommits.changed()) {
            return byCommits;
        }
        StalenessCheck.Freshness own = freshness(module, comparison.baseline().orElseThrow());
        if (own.stale()) {
            return new Verdict.Stale(own.detail());
        }
        for (List<ContainerModule> chain : baseChains) {
            ContainerModule base = chain.get(chain.size() - 1);
            Optional<Baseline> baseRelease = comparison(git, base).baseline();
            if (baseRelease.isPresent()) {
                StalenessCheck.Freshness ofBase = freshness(base, baseRelease.get());
                if (ofBase.stale()) {
                    return viaBase(chain, new Verdict.Stale(ofBase.detail()));
                }
            }
        }
        return ((Verdict.Unchanged) byCommits).checked(own.detail());
    }

    private StalenessCheck.Freshness freshness(ContainerModule module, Baseline release) {
        return freshness.computeIfAbsent(module.name(), name -> staleness.check(module, release));
    }

    /** The verdict on the module alone: its folder and the shared inputs, not its bases. */
    private Verdict ownVerdict(GitRepository git, ContainerModule module) {
        return ownVerdicts.computeIfAbsent(module.name(), name -> readOwnVerdict(git, module));
    }

    private Verdict readOwnVerdict(GitRepository git, ContainerModule module) {
        Comparison comparison = comparison(git, module);
        if (comparison.cannotCompare().isPresent()) {
            return comparison.cannotCompare().get();
        }
        Baseline baseline = comparison.baseline().orElseThrow();
        String folder = ModulePaths.folderOf(module.directory(), git.workTree());
        List<String> committed = committedChanges(git, folder, baseline);
        List<String> uncommitted = uncommittedChanges(git, folder, baseline).stream()
                .filter(path -> !committed.contains(path)).toList();
        if (!committed.isEmpty() || !uncommitted.isEmpty()) {
            return new Verdict.ChangedPaths(committed, uncommitted, baseline);
        }
        SharedInputs inputs = sharedInputs.computeIfAbsent(git.workTree(),
                workTree -> SharedInputs.of(settings.sharedInputs(), workTree));
        Set<String> changedInputs = new HashSet<>(inputs.scope()
                .map(scope -> git.pathsChangedSince(baseline.commit(), scope))
                .orElseGet(() -> git.pathsChangedSince(baseline.commit())));
        if (settings.workTreeCounts()) {
            changedInputs.addAll(git.uncommittedPaths());
        }
        List<String> shared = inputs.matching(changedInputs);
        if (!shared.isEmpty()) {
            return new Verdict.SharedInput(shared, baseline);
        }
        return new Verdict.Unchanged(baseline, Optional.empty());
    }

    /** The files of {@code folder} that differ between the baseline and HEAD, relative to the folder. */
    private static List<String> committedChanges(GitRepository git, String folder, Baseline baseline) {
        Set<String> changed = folder.isEmpty() ? git.pathsChangedSince(baseline.commit())
                : git.pathsChangedSince(baseline.commit(), Set.of(folder));
        List<String> paths = ModulePaths.under(folder, changed);
        if (paths.contains("pom.xml")) {
            String pom = ModulePaths.inFolder(folder, "pom.xml");
            Optional<String> atHead = git.contentAt(git.head().commit(), pom);
            if (isReleaseEditOnly(git.contentAt(baseline.commit(), pom), atHead)) {
                return paths.stream().filter(path -> !path.equals("pom.xml")).toList();
            }
        }
        return paths;
    }

    /** The files of {@code folder} not committed as they are, relative to it; none when they do not count. */
    private List<String> uncommittedChanges(GitRepository git, String folder, Baseline baseline) {
        // release:prepare builds with the release version written but not yet committed
        return settings.workTreeCounts() ? uncommittedBesidesReleaseEdit(git, folder, baseline.commit()) : List.of();
    }

    /**
     * The files of {@code folder} that the image is built with and HEAD does not hold, relative to the folder: the
     * release plugin's version edit of the pom, which release:prepare builds before committing it, aside.
     */
    private static List<String> uncommittedAgainstHead(GitRepository git, String folder) {
        return uncommittedBesidesReleaseEdit(git, folder, git.head().commit());
    }

    /**
     * The files of {@code folder} that differ from HEAD in the work tree, relative to it; the pom left out when all it
     * differs from {@code commit} by is the release plugin's version edit.
     */
    private static List<String> uncommittedBesidesReleaseEdit(GitRepository git, String folder, String commit) {
        List<String> paths = ModulePaths.under(folder, git.uncommittedPaths());
        if (paths.contains("pom.xml")) {
            String pom = ModulePaths.inFolder(folder, "pom.xml");
            if (isReleaseEditOnly(git.contentAt(commit, pom), workTreeContent(git.workTree().resolve(pom)))) {
                return paths.stream().filter(path -> !path.equals("pom.xml")).toList();
            }
        }
        return paths;
    }

    private static boolean isReleaseEditOnly(Optional<String> before, Optional<String> after) {
        return before.isPresent() && after.isPresent()
                && ReleasePomEdit.onlyReleaseValuesDiffer(before.get(), after.get());
    }

    private static Optional<String> workTreeContent(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The module's baseline, or the verdict when there is none that can be compared with. */
    private Comparison comparison(GitRepository git, ContainerModule module) {
        return comparisons.computeIfAbsent(module.name(), name -> readComparison(git, module));
    }

    private Comparison readComparison(GitRepository git, ContainerModule module) {
        if (settings.baselineRevision().isPresent()) {
            String revision = settings.baselineRevision().get();
            return git.resolveCommit(revision)
                    .map(commit -> new Comparison(Optional.of(new Baseline(revision, commit)), Optional.empty()))
                    .orElseGet(() -> new Comparison(Optional.empty(), Optional.of(new Verdict.CannotCompare(
                            "baseline '" + revision + "' is not a commit of this clone",
                            Optional.of("baseline '" + revision + "' is not a commit of this clone: " + module.name()
                                    + " is built; fetch it or name another baseline revision")))));
        }
        Optional<Tag> tag = releaseTags.computeIfAbsent(git.workTree(),
                workTree -> new ReleaseTags(git.tagsReachableFromHead())).newest(settings.tagFormat(), module.name());
        if (tag.isEmpty()) {
            return new Comparison(Optional.empty(), Optional.of(new Verdict.CannotCompare("no baseline, no release tag "
                    + settings.tagFormat().describe(module.name()) + " in HEAD's history", Optional.empty())));
        }
        Baseline baseline = new Baseline(tag.get().name(), tag.get().commit());
        if (tag.get().isCommitMissing()) {
            return new Comparison(Optional.of(baseline), Optional.of(new Verdict.CannotCompare(
                    "baseline " + baseline.name() + " points to commit " + baseline.commitShort()
                            + ", which this clone lacks",
                    Optional.of("baseline " + baseline.name() + " points to commit " + baseline.commitShort()
                            + ", which this clone lacks: " + module.name() + " is built; fetch the full history and"
                            + " tags"))));
        }
        return new Comparison(Optional.of(baseline), Optional.empty());
    }

    /**
     * The modules {@code module} builds from, directly or through others, nearest first; each as the chain of
     * modules from a direct base to it. A cycle is followed once.
     */
    private static List<List<ContainerModule>> baseChains(ContainerModule module,
            Map<String, ContainerModule> modulesByName) {
        List<List<ContainerModule>> chains = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(module.name()));
        Deque<List<ContainerModule>> toVisit = new ArrayDeque<>();
        toVisit.add(List.of(module));
        while (!toVisit.isEmpty()) {
            List<ContainerModule> chain = toVisit.removeFirst();
            ContainerModule last = chain.get(chain.size() - 1);
            for (String baseName : last.bases().stream().sorted().toList()) {
                ContainerModule base = modulesByName.get(baseName);
                if (base == null) {
                    throw new IllegalArgumentException("module " + last.name() + " builds FROM " + baseName
                            + ", which is not among the modules given");
                }
                if (seen.add(baseName)) {
                    List<ContainerModule> longer = new ArrayList<>(chain);
                    longer.add(base);
                    toVisit.addLast(longer);
                    chains.add(List.copyOf(longer.subList(1, longer.size())));
                }
            }
        }
        return chains;
    }

    /** The verdict on a module built because of the last base of {@code chain}, for {@code why}. */
    private static Verdict viaBase(List<ContainerModule> chain, Verdict why) {
        String base = chain.get(chain.size() - 1).name();
        List<String> via = chain.subList(0, chain.size() - 1).stream().map(ContainerModule::name).toList();
        return new Verdict.ViaBase(base, via, why);
    }

    /** What a module is compared with, or the verdict given when it cannot be compared. */
    private record Comparison(Optional<Baseline> baseline, Optional<Verdict> cannotCompare) {
    }
}
