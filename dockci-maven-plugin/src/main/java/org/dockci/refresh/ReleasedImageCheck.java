package org.dockci.refresh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dockci.changes.Baseline;
import org.dockci.changes.ContainerModule;
import org.dockci.changes.StalenessCheck;
import org.dockci.engine.ContainerOutput;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.ImageFacts;
import org.dockci.engine.PullResult;
import org.dockci.packages.UpdateCheck;
import org.dockci.version.ImageLabels;
import org.dockci.version.ImageName;
import org.dockci.version.ReleaseTagFormat;

/**
 * The refresh check of one released image ({@code localhost:5000/dockci/x3-webdav:1.0.0}, pulled when the
 * engine lacks it): run throwaway, does its package manager have updates waiting? And is the base image it
 * was built from (its {@code org.opencontainers.image.base.*} labels) still the one the engine has — pulled
 * again first when it came from a registry? Either makes it stale. A released image missing from the registry
 * is stale too (it is rebuilt from its Dockerfile, with a warning); a registry or package mirror that does
 * not answer is a {@link RefreshException}, never "nothing pending".
 */
public final class ReleasedImageCheck implements StalenessCheck {

    private static final int SHOWN = 4;

    private final DockerEngine engine;
    private final ReleaseTagFormat tagFormat;
    private final Function<String, ImageName> images;
    private final Consumer<String> warnings;
    private final Duration timeout;

    /**
     * @param images   each module's image name, from its artifactId
     * @param warnings where to say what could not be looked at (the build log's warnings)
     * @param timeout  how long the update check may run in its container
     */
    public ReleasedImageCheck(DockerEngine engine, ReleaseTagFormat tagFormat, Function<String, ImageName> images,
            Consumer<String> warnings, Duration timeout) {
        this.engine = engine;
        this.tagFormat = tagFormat;
        this.images = images;
        this.warnings = warnings;
        this.timeout = timeout;
    }

    @Override
    public Freshness check(ContainerModule module, Baseline release) {
        String version = tagFormat.versionIn(release.name(), module.name()).orElseThrow(() -> new IllegalArgumentException(
                "the baseline " + release.name() + " of " + module.name() + " is not one of its release tags"));
        String image = images.apply(module.name()).withTag(version);
        PullResult local = engine.ensureLocal(image);
        if (local instanceof PullResult.NotFound missing) {
            warnings.accept(module.name() + ": the released image " + image + " is not in the registry ("
                    + missing.message() + "): it is rebuilt from its Dockerfile, tested and released again");
            return new Freshness(true, "released image " + image + " missing from the registry");
        }
        if (local instanceof PullResult.Failed failed) {
            throw new RefreshException(module.name() + ": cannot pull the released image " + image + " from "
                    + registryOf(image) + ": " + failed.message() + "; nothing is released until it can be checked");
        }
        ImageFacts facts = engine.inspect(image).orElseThrow(() -> new RefreshException(
                module.name() + ": " + image + " was pulled but the engine does not list it"));
        List<String> staleBecause = new ArrayList<>();
        List<String> current = new ArrayList<>();
        ContainerOutput output = engine.runScript(image, UpdateCheck.SCRIPT, timeout);
        UpdateCheck.Result updates = UpdateCheck.read(output.exitCode(), output.stdout(), output.stderr());
        if (updates instanceof UpdateCheck.Unreachable unreachable) {
            throw new RefreshException(module.name() + ": cannot check " + image + " for pending updates: its package"
                    + " repositories do not answer" + (unreachable.hosts().isEmpty() ? "" : " (" + unreachable.hosts() + ")")
                    + ": " + unreachable.detail() + "; nothing is released until they can be asked");
        } else if (updates instanceof UpdateCheck.Pending pending) {
            if (pending.updates().isEmpty()) {
                current.add("nothing pending (" + pending.manager() + ")");
            } else {
                staleBecause.add(pending.describe(SHOWN));
            }
        } else if (updates instanceof UpdateCheck.NotChecked notChecked) {
            current.add("packages not checked: " + notChecked.why());
        }
        baseChange(module, facts).ifPresentOrElse(staleBecause::add, () -> current.add(baseState(facts)));
        return staleBecause.isEmpty() ? new Freshness(false, String.join(", ", current))
                : new Freshness(true, String.join("; ", staleBecause));
    }

    /** {@code base debian:trixie-slim replaced (sha256:1a2b3c4d5e6f → sha256:…)}, when the base was replaced. */
    private Optional<String> baseChange(ContainerModule module, ImageFacts released) {
        Optional<String> name = released.label(ImageLabels.BASE_NAME);
        Optional<String> recorded = released.label(ImageLabels.BASE_DIGEST);
        if (name.isEmpty() || recorded.isEmpty()) {
            return Optional.empty();
        }
        Optional<ImageFacts> base = engine.inspect(name.get());
        if (base.isEmpty() || !base.get().repoDigests().isEmpty()) {
            // it came from a registry: the registry has the newest; one made on this machine has no registry to ask
            PullResult pulled = engine.pull(name.get());
            if (!(pulled instanceof PullResult.Pulled)) {
                warnings.accept(module.name() + ": cannot pull its base image " + name.get() + " ("
                        + (pulled instanceof PullResult.Failed failed ? failed.message()
                                : ((PullResult.NotFound) pulled).message())
                        + "): compared with the copy on this engine");
            }
            base = engine.inspect(name.get());
        }
        if (base.isEmpty()) {
            warnings.accept(module.name() + ": its base image " + name.get() + " is not on this engine: not compared");
            return Optional.empty();
        }
        String now = base.get().digest();
        return now.equals(recorded.get()) ? Optional.empty()
                : Optional.of("base " + name.get() + " replaced (" + shortDigest(recorded.get()) + " → "
                        + shortDigest(now) + ")");
    }

    private static String baseState(ImageFacts released) {
        return released.label(ImageLabels.BASE_DIGEST).isPresent() ? "base current" : "base not recorded";
    }

    private static String shortDigest(String digest) {
        int colon = digest.indexOf(':');
        String hex = digest.substring(colon + 1);
        return digest.substring(0, colon + 1) + hex.substring(0, Math.min(12, hex.length()));
    }

    private static String registryOf(String image) {
        int slash = image.indexOf('/');
        String first = slash < 0 ? "" : image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
    }
}
