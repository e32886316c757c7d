package org.dockci.mojo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.dockci.changes.BaseDependency;
import org.dockci.changes.BaseTagArgument;
import org.dockci.changes.BuildIndex;
import org.dockci.changes.ChangeDetector;
import org.dockci.changes.ChangeMode;
import org.dockci.changes.ChangesFile;
import org.dockci.changes.ContainerModule;
import org.dockci.changes.DetectConfigurationException;
import org.dockci.changes.DetectSettings;
import org.dockci.changes.Detection;
import org.dockci.changes.ModuleChange;
import org.dockci.changes.SkipProperties;
import org.dockci.changes.StalenessCheck;
import org.dockci.changes.git.GitException;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.DockerfileParser;
import org.dockci.dockerfile.ImageReference;
import org.dockci.engine.BuildId;
import org.dockci.engine.DockerEngine;
import org.dockci.engine.EngineException;
import org.dockci.engine.PublishAddress;
import org.dockci.its.ItJvm;
import org.dockci.refresh.ReleasedImageCheck;
import org.dockci.refresh.RefreshException;
import org.dockci.version.BaseImage;
import org.dockci.version.ImageLabels;
import org.dockci.version.ImageMetadata;
import org.dockci.version.ImageName;
import org.dockci.version.MetadataFiles;
import org.dockci.version.ReleaseTagFormat;

/**
 * Decides whether this container module must be built: it has changed since its last release tag (its
 * folder, a shared input such as a parent POM, or a module it builds FROM), or cannot be compared. Logs one
 * line saying which and why. An unchanged module skips docker:build/start/stop/push, its ITs and deploy.
 *
 * <p>Also writes the image's version and tag metadata to {@code target/dockci/metadata.properties} and
 * {@code metadata.json}, sets them as project properties ({@code dockci.tag}, {@code dockci.revision},
 * {@code dockci.labels}...) for the image configuration. The build's last container module writes, to the build's
 * top project, the changed modules, one path a line in reactor order, to {@code target/dockci/changes.txt}, and
 * every container's image, tags and verdict to {@code target/dockci/build.json} (README, "build.json").
 *
 * <p>And it says where the module's ITs run, as {@code dockci.it.forkCount} for failsafe: {@code 0}, in Maven's
 * own JVM, in a build of one module at a time; {@code 1}, a JVM of their own, in a parallel build ({@code -T}),
 * where several modules test at once (see {@link ItJvm}). {@code -Ddockci.it.forkCount=1} always forks. And where
 * the containers publish their ports, as {@code dockci.docker.publishAddress} (see {@link PublishAddress}).
 */
@Mojo(name = "detect", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class DetectMojo extends AbstractMojo {

    /**
     * Which modules to build: {@code auto} (those that changed), {@code all}, {@code none}, or {@code refresh}:
     * those that changed and those whose released image went stale without a commit (pending package updates, a
     * replaced base image), all built without the build cache (the nightly security refresh).
     */
    @Parameter(property = "dockci.changes", defaultValue = "auto")
    private String changes;

    /** A revision (tag, branch, commit) every module is compared with, instead of its last release tag. */
    @Parameter(property = "dockci.baseline")
    private String baseline;

    /**
     * The release tags' format; the newest such tag in HEAD's history is a module's baseline. Must be the
     * release plugin's {@code tagNameFormat}.
     */
    @Parameter(property = "dockci.tagFormat", defaultValue = ReleaseTagFormat.DEFAULT)
    private String tagFormat;

    /** Whether uncommitted changes (modified or untracked files, gitignored ones aside) count as changes. */
    @Parameter(property = "dockci.changes.workTree", defaultValue = "true")
    private boolean workTree;

    /**
     * Paths or globs, relative to the repository's top folder, that every container is built from: a change
     * there rebuilds them all. The parent POMs always count.
     */
    @Parameter(property = "dockci.changes.sharedPaths", defaultValue = "containers/src")
    private List<String> sharedPaths;

    /** The registry the images are named for. */
    @Parameter(property = "dockci.registry", defaultValue = "localhost:5000")
    private String registry;

    /** The repository path between the registry and a container's name. */
    @Parameter(property = "dockci.namespace", defaultValue = "dockci")
    private String namespace;

    /**
     * The repository's URL, for the image's {@code org.opencontainers.image.source} label. Default: the URL
     * of git's remote {@code origin}, without credentials; no remote leaves the label out.
     */
    @Parameter(property = "dockci.source")
    private String source;

    /** How long, in seconds, the refresh check of one released image may run (package lists and a simulated upgrade). */
    @Parameter(property = "dockci.refresh.timeout", defaultValue = "300")
    private int refreshTimeout;

    /**
     * Lets {@code deploy} push an image built from a work tree that is not a commit (uncommitted files, a merge in
     * progress). Such an image always gets a candidate tag of its own ({@code 1.0.1-dev.3f2c1ab.dirty-1a2b3c4d})
     * and no moving tag; without this, deploy refuses it.
     */
    @Parameter(property = "dockci.allowDirty", defaultValue = "false")
    private boolean allowDirty;

    /**
     * The address the containers publish their ports on, and the waits and ITs call. Default: {@code 127.0.0.1} for
     * a local engine; the engine's host when {@code DOCKER_HOST} names a remote one ({@code tcp://build-engine:2376}).
     */
    @Parameter(property = PublishAddress.PROPERTY)
    private String publishAddress;

    /** Skips detection: the module is built, without metadata. */
    @Parameter(property = "dockci.detect.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    private final BuildDetection build;
    private final Detection detection;

    /** The goal of a build whose change detection is {@code build}'s, shared by every module's goal. */
    @Inject
    public DetectMojo(BuildDetection build) {
        this.build = build;
        this.detection = build.detection();
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!isContainer(project)) {
            return;
        }
        // also with detection skipped: failsafe's configuration names this property (containers/pom.xml)
        project.getProperties().setProperty(ItJvm.FORK_COUNT_PROPERTY,
                ItJvm.forBuild(session.isParallel()).forkCount());
        // as well: the port mappings, waits and ITs name it (see PublishAddress)
        try {
            project.getProperties().setProperty(PublishAddress.PROPERTY,
                    PublishAddress.of(Optional.ofNullable(publishAddress), System.getenv()).value());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("dockci:detect: " + e.getMessage());
        }
        if (skip) {
            return;
        }
        try {
            detect();
        } catch (DetectConfigurationException e) {
            throw new MojoFailureException("dockci:detect: " + e.getMessage());
        } catch (GitException | EngineException | RefreshException | IOException | UncheckedIOException e) {
            throw new MojoExecutionException("dockci:detect: " + e.getMessage(), e);
        }
    }

    private void detect() throws MojoFailureException, IOException {
        DetectSettings settings = settings();
        ImageName image = configured(() -> new ImageName(registry, namespace, project.getArtifactId()));
        if (settings.mode() == ChangeMode.REFRESH && !dockerSkipped()) {
            checkEngine(); // the refresh runs the released images
        }
        ChangeDetector detector = detection.detector(settings, () -> staleness(settings));
        List<ContainerModule> reactor = detection.reactor(this::containerFolders, this::imageOf);
        ContainerModule self = reactor.stream().filter(module -> module.name().equals(project.getArtifactId()))
                .findFirst().orElseThrow();
        checkBaseDependencies(self);
        ModuleChange change = detector.detect(self, reactor);
        change.warning().ifPresent(getLog()::warn);
        getLog().info(change.module() + ": " + change.reason());
        refuseDirtyDeploy(change);
        if (change.changed() && !dockerSkipped() && buildsImages()) {
            checkEngine(); // before fabric8, whose own message names neither the engine nor what to do
        }
        ImageMetadata metadata = configured(() -> change.metadata(project.getVersion(), image, buildId())
                .withBases(List.copyOf(self.bases())));
        MetadataFiles.write(Path.of(project.getBuild().getDirectory()), metadata);
        if (change.changed()) {
            change.notACommit().ifPresent(state -> getLog().warn(change.module() + ": built from a work tree that"
                    + " is not a commit (" + state + "): its image is tagged " + metadata.tags().candidate()
                    + ", not HEAD's"));
        }
        String previousRelease = detector.previousRelease(self, project.getVersion().replace("-SNAPSHOT", ""))
                .map(image::withTag).orElse("");
        Map<String, String> buildArgs = change.changed() ? baseTag(detector, self, reactor) : Map.of();
        setProperties(change, metadata, previousRelease, settings.mode(), buildArgs);
        if (detection.isLast(self)) {
            List<ModuleChange> all = detector.detectAll(reactor);
            Path top = Path.of(session.getTopLevelProject().getBuild().getDirectory());
            Path changesFile = ChangesFile.write(top, all);
            BuildIndex.of(buildId(), settings.mode(), all.stream().map(module -> BuildIndex.Container.of(module,
                    metadataOf(module))).toList()).write(top);
            summary(all, changesFile);
        }
    }

    /** The metadata of the image of the container module {@code change} is about, as that module's goal writes it. */
    private ImageMetadata metadataOf(ModuleChange change) {
        List<String> bases = detection.reactor(this::containerFolders, this::imageOf).stream()
                .filter(module -> module.name().equals(change.module())).findFirst()
                .map(module -> List.copyOf(module.bases())).orElse(List.of());
        return configured(() -> change.metadata(containerProject(change.module()).getVersion(),
                new ImageName(registry, namespace, change.module()), buildId()).withBases(bases));
    }

    /**
     * Fails when {@code self} builds FROM another module's image without depending on that module: Maven orders the
     * reactor by dependencies alone, and would be free to build {@code self} first, against the base's previous image.
     */
    private void checkBaseDependencies(ContainerModule self) throws MojoFailureException {
        List<BaseDependency> bases = self.bases().stream().sorted().map(this::containerProject)
                .map(base -> new BaseDependency(base.getGroupId(), base.getArtifactId(), base.getVersion())).toList();
        Map<String, String> declared = new HashMap<>();
        for (Dependency dependency : project.getDependencies()) {
            declared.put(dependency.getArtifactId(), dependency.getVersion());
        }
        List<BaseDependency> missing = BaseDependency.missing(bases, declared);
        if (!missing.isEmpty()) {
            Path pom = Path.of(session.getExecutionRootDirectory()).relativize(project.getFile().toPath());
            throw new MojoFailureException("dockci:detect: " + BaseDependency.problem(self.name(), pom.toString(),
                    missing, declared));
        }
    }

    /**
     * The build argument {@code BASE_TAG} ({@link BaseTagArgument#choose}), logged: the tag of the base module's image
     * this build builds FROM, when the Dockerfile declares it; says so when it builds FROM a module with a tag of its
     * own, which this build does not make.
     */
    private Map<String, String> baseTag(ChangeDetector detector, ContainerModule self, List<ContainerModule> reactor)
            throws IOException {
        Dockerfile dockerfile = DockerfileParser.parse(self.directory().resolve("Dockerfile"));
        BaseTagArgument.Choice choice = BaseTagArgument.choose(dockerfile, self, reactor, detector, this::imageOf,
                name -> containerProject(name).getVersion(), base -> metadataOf(base).tags().candidate());
        if (choice instanceof BaseTagArgument.NotDeclared notDeclared) {
            String bases = String.join(", ", notDeclared.bases());
            getLog().warn(self.name() + ": builds FROM the image of " + bases + " with a tag written in its Dockerfile,"
                    + " not this build's image of it: declare ARG " + BaseTagArgument.NAME + "=<a released tag> before"
                    + " FROM and build FROM …/" + bases + ":${" + BaseTagArgument.NAME + "} (README, \"Add a container\")");
        } else if (choice instanceof BaseTagArgument.SeveralBases several) {
            getLog().warn(self.name() + ": builds FROM the images of " + String.join(", ", several.bases()) + ": "
                    + BaseTagArgument.NAME + " names one base's tag and is left to the Dockerfile's default");
        } else if (choice instanceof BaseTagArgument.Tagged tagged && tagged.tag().isPresent()) {
            String why = switch (tagged.source()) {
                case THIS_BUILD -> "built before it in this build";
                case NEWEST_RELEASE -> "its newest release";
                case RELEASE_OUTSIDE_THE_BUILD -> "its newest release; " + tagged.base() + " is not in this build";
            };
            getLog().info(self.name() + ": built FROM " + new ImageName(registry, namespace, tagged.base())
                    .withTag(tagged.tag().get()) + " (ARG " + BaseTagArgument.NAME + ": " + why + ")");
            return Map.of(BaseTagArgument.NAME, tagged.tag().get());
        }
        return Map.of();
    }

    /** The image repository of the container module called {@code name}. */
    private ImageReference imageOf(String name) {
        return new ImageName(registry, namespace, name).reference();
    }

    /** fabric8's prefix of the project properties it passes to the image build as build arguments. */
    private static final String FABRIC8_BUILD_ARG = "docker.buildArg.";

    /** The container module called {@code name} in this build. */
    private MavenProject containerProject(String name) {
        return session.getProjects().stream().filter(module -> isContainer(module) && module.getArtifactId().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("no container module " + name + " in the build"));
    }

    /** A deploy of this build would push an image that is not a commit's: refused unless allowed. */
    private void refuseDirtyDeploy(ModuleChange change) throws MojoFailureException {
        if (change.changed() && !allowDirty && session.getGoals().contains("deploy")) {
            Optional<String> refusal = change.deployRefusal();
            if (refusal.isPresent()) {
                throw new MojoFailureException("dockci:detect: " + refusal.get());
            }
        }
    }

    private DetectSettings settings() {
        List<Path> parentPoms = new ArrayList<>();
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getFile() != null) {
                parentPoms.add(parent.getFile().toPath());
            }
        }
        return DetectSettings.of(ChangeMode.parse(changes), configured(() -> new ReleaseTagFormat(tagFormat)),
                Optional.ofNullable(baseline).filter(revision -> !revision.isBlank()), workTree,
                sharedPaths == null ? List.of() : sharedPaths, parentPoms, System.getenv());
    }

    /**
     * A value made from the goal's parameters or the project's version; one the core refuses (a tag format without
     * the version, a registry Docker does not read back, a version that cannot be a tag) is the user's to fix.
     */
    private static <T> T configured(Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new DetectConfigurationException(e.getMessage());
        }
    }

    private void setProperties(ModuleChange change, ImageMetadata metadata, String previousRelease, ChangeMode mode,
            Map<String, String> buildArgs) {
        Properties properties = project.getProperties();
        metadata.projectProperties().forEach(properties::setProperty);
        properties.setProperty("dockci.release.previous", previousRelease);
        buildArgs.forEach((name, value) -> properties.setProperty(FABRIC8_BUILD_ARG + name, value));
        Optional<BaseImage> base = change.changed() ? baseImage(buildArgs) : Optional.empty();
        base.ifPresent(known -> properties.setProperty("dockci.base.name", known.name()));
        properties.setProperty("dockci.labels", ImageLabels.json(metadata, source(), base));
        SkipProperties.of(change, mode).forEach(properties::setProperty);
    }

    private boolean dockerSkipped() {
        return Boolean.parseBoolean(project.getProperties().getProperty("docker.skip",
                session.getUserProperties().getProperty("docker.skip", "false")));
    }

    /** Whether this build goes as far as docker:build ({@code package} or a later phase) or runs a fabric8 goal. */
    private boolean buildsImages() {
        return session.getGoals().stream().anyMatch(goal -> PHASES_WITH_IMAGES.contains(goal)
                || goal.startsWith("docker:") || goal.contains(":docker-maven-plugin:"));
    }

    private static final List<String> PHASES_WITH_IMAGES = List.of("package", "pre-integration-test",
            "integration-test", "post-integration-test", "verify", "install", "deploy");

    /**
     * Fails when the engine the build is about to use does not answer, naming where the docker CLI looked; asked once
     * per build, whatever the number of containers.
     */
    private void checkEngine() {
        build.engineAnswered(() -> DockerEngine.fromEnvironment().checkReachable());
    }

    /** What the module's image is built FROM now, for its labels; empty when unknown or when Docker is not used. */
    private Optional<BaseImage> baseImage(Map<String, String> buildArgs) {
        if (dockerSkipped()) {
            return Optional.empty();
        }
        try {
            Optional<String> name = DockerfileParser.parse(project.getBasedir().toPath().resolve("Dockerfile"))
                    .finalBaseImage(buildArgs).map(ImageReference::familiar);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            DockerEngine engine = DockerEngine.fromEnvironment();
            engine.ensureLocal(name.get()); // docker:build would pull it a moment later
            return engine.inspect(name.get()).map(facts -> new BaseImage(name.get(), facts.digest()));
        } catch (IOException | EngineException e) {
            getLog().debug("dockci:detect: base image not labelled: " + e.getMessage());
            return Optional.empty();
        }
    }

    private StalenessCheck staleness(DetectSettings settings) {
        if (settings.mode() != ChangeMode.REFRESH) {
            return StalenessCheck.NONE;
        }
        return new ReleasedImageCheck(DockerEngine.fromEnvironment().forBuild(buildId()), settings.tagFormat(),
                name -> new ImageName(registry, namespace, name), getLog()::warn, Duration.ofSeconds(refreshTimeout));
    }

    private String source() {
        if (source != null && !source.isBlank()) {
            return source;
        }
        return detection.repository(project.getBasedir().toPath()).originUrl().orElse("");
    }

    private void summary(List<ModuleChange> all, Path changesFile) {
        int width = all.stream().mapToInt(module -> module.module().length()).max().orElse(0);
        Path shown = Path.of(session.getExecutionRootDirectory()).relativize(changesFile);
        getLog().info("dockci changes: " + all.stream().filter(ModuleChange::changed).count() + " of " + all.size()
                + " containers to build (" + shown + "):");
        for (ModuleChange module : all) {
            getLog().info(String.format("  %-" + width + "s  %-9s  %s", module.module(),
                    module.changed() ? "build" : "skip", module.reason()));
        }
    }

    private Map<String, Path> containerFolders() {
        Map<String, Path> folders = new LinkedHashMap<>();
        for (MavenProject module : session.getProjects()) {
            if (isContainer(module)) {
                folders.put(module.getArtifactId(), module.getBasedir().toPath());
            }
        }
        return folders;
    }

    private static boolean isContainer(MavenProject module) {
        return module.getBasedir() != null && Files.isRegularFile(module.getBasedir().toPath().resolve("Dockerfile"));
    }

    /** This build's identity, for the labels of what it starts: see {@link BuildId}. */
    private String buildId() {
        File root = session.getRequest().getMultiModuleProjectDirectory();
        return BuildId.of(System.getenv(), (root != null ? root : session.getTopLevelProject().getBasedir()).toPath());
    }
}
