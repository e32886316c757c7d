package org.dockci.changes;

import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dockci.changes.git.GitRepositories;
import org.dockci.changes.git.GitRepository;
import org.dockci.dockerfile.ImageReference;

/**
 * Change detection for one build: the container modules, the detectors and the open git repositories every
 * module's goal shares, so that each module, and git, is looked at once per build. Maven hands the same instance
 * to every goal of a build and a new one to the next build; nothing of it outlives the build. Safe for the
 * goals of a parallel build ({@code -T}) to call at once.
 */
public final class Detection implements AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    private final GitRepositories repositories = new GitRepositories();
    private final Map<DetectSettings, ChangeDetector> detectors = new ConcurrentHashMap<>();
    private final Cleaner.Cleanable closing;
    private List<ContainerModule> reactor;

    /** A detection with nothing read yet. */
    public Detection() {
        // a build has no end Maven tells a plugin of: the repositories close when the build's detection is dropped
        GitRepositories open = repositories;
        closing = CLEANER.register(this, open::close);
    }

    /**
     * The build's container modules, read on the first call from {@code folders} (artifactId → folder holding a
     * Dockerfile, in reactor order; {@code imageOf} names a module's image repository) and the same list after.
     */
    public synchronized List<ContainerModule> reactor(Supplier<Map<String, Path>> folders,
            Function<String, ImageReference> imageOf) {
        if (reactor == null) {
            reactor = ReactorModules.read(folders.get(), imageOf);
        }
        return reactor;
    }

    /**
     * The build's detector for {@code settings} (modules with other parent POMs have other shared inputs, and so
     * another detector); {@code staleness} is asked for the check of released images once, by the first.
     *
     * @throws DetectConfigurationException when the settings contradict each other
     */
    public ChangeDetector detector(DetectSettings settings, Supplier<StalenessCheck> staleness) {
        return detectors.computeIfAbsent(settings,
                key -> new ChangeDetector(key, key.mode() == ChangeMode.REFRESH ? staleness.get() : StalenessCheck.NONE,
                        repositories));
    }

    /** {@link #detector(DetectSettings, Supplier)} without a check of released images. */
    public ChangeDetector detector(DetectSettings settings) {
        return detector(settings, () -> StalenessCheck.NONE);
    }

    /** The git repository whose work tree holds {@code directory}, opened once per build. */
    public GitRepository repository(Path directory) {
        return repositories.forDirectory(directory);
    }

    /** Whether {@code module} is the build's last container module, the one that writes the build's summary. */
    public synchronized boolean isLast(ContainerModule module) {
        return reactor != null && !reactor.isEmpty() && reactor.get(reactor.size() - 1).equals(module);
    }

    /** Closes the repositories the build opened. */
    @Override
    public void close() {
        closing.clean();
    }
}
