package org.dockci.mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutionException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.dockci.deploy.PushOutcome;
import org.dockci.engine.BuildId;
import org.dockci.engine.EngineException;
import org.dockci.registry.RegistryLogins;
import org.dockci.report.GoalRun;
import org.dockci.report.ImageRecord;
import org.dockci.report.ModuleRun;
import org.dockci.report.Step;
import org.dockci.version.MetadataFiles;

/**
 * Maven's execution listener for one build, put in front of the one Maven has by {@code dockci:report}: it notes
 * when each goal of a container module starts and ends, writes the module's {@code run.json} (and, when it built an
 * image, {@code image.json}) when the module ends, passed or failed, and has the run report written when the build
 * ends, whatever its outcome. A container module that failed between {@code docker:start} and {@code docker:stop}
 * (failsafe itself failing, say) has the container docker:stop did not remove removed, with one warning: Maven has no
 * "finally" for a lifecycle. Every event is passed on to Maven's own listener (its log) unchanged; nothing this
 * class does can fail the build: a fault is one warning.
 */
final class BuildRecorder implements ExecutionListener {

    private final ExecutionListener maven;
    private final Log log;
    private final Instant build;
    private final String pipeline = ReportMojo.pipeline();
    private final Report report;
    private final RegistryLogins registries;
    private final Map<MavenProject, Boolean> containers = new ConcurrentHashMap<>();
    private final Map<Path, ModuleRun> recorded = new ConcurrentHashMap<>();
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final Map<MavenProject, List<GoalRun>> goals = new ConcurrentHashMap<>();
    private final Map<MavenProject, String[]> failures = new ConcurrentHashMap<>();

    /** Writes the run report when the build ends. */
    interface Report {
        /** {@code recorded}: the modules' records as written, by their folder ({@code target/dockci}). */
        void write(MavenSession ended, Map<Path, ModuleRun> recorded);
    }

    private BuildRecorder(ExecutionListener maven, Log log, Instant build, Report report, RegistryLogins registries) {
        this.maven = maven;
        this.log = log;
        this.build = build;
        this.report = report;
        this.registries = registries;
    }

    /**
     * Records the rest of {@code session}, once: a second call in the same build does nothing. {@code report} gives,
     * once, what writes the run report at the end; {@code registries}, the logins the sizes of the images built are
     * asked of their registry with.
     */
    static void install(MavenSession session, MojoExecution installer, MavenProject project, Log log,
            Supplier<Report> report, Supplier<RegistryLogins> registries) {
        // in a parallel build (-T 2) the first containers' report goals run at once, on sessions that share the
        // request: one of them installs the recorder, the others find it
        synchronized (session.getRequest()) {
            ExecutionListener current = session.getRequest().getExecutionListener();
            if (current != null && current.getClass().getName().equals(BuildRecorder.class.getName())) {
                return;
            }
            BuildRecorder recorder = new BuildRecorder(current, log, ReportMojo.buildStart(session), report.get(),
                    registries.get());
            // this goal itself started before the recorder existed
            recorder.started.put(key(project, installer), Instant.now());
            session.getRequest().setExecutionListener(recorder);
        }
    }

    // --- what is recorded

    @Override
    public void mojoStarted(ExecutionEvent event) {
        if (container(event.getProject())) {
            started.put(key(event.getProject(), event.getMojoExecution()), Instant.now());
        }
        pass(event, ExecutionListener::mojoStarted);
    }

    @Override
    public void mojoSucceeded(ExecutionEvent event) {
        ended(event, true);
        pass(event, ExecutionListener::mojoSucceeded);
    }

    @Override
    public void mojoFailed(ExecutionEvent event) {
        ended(event, false);
        pass(event, ExecutionListener::mojoFailed);
    }

    @Override
    public void projectSucceeded(ExecutionEvent event) {
        projectEnded(event.getProject(), event.getSession(), false);
        pass(event, ExecutionListener::projectSucceeded);
    }

    @Override
    public void projectFailed(ExecutionEvent event) {
        projectEnded(event.getProject(), event.getSession(), true);
        pass(event, ExecutionListener::projectFailed);
    }

    @Override
    public void sessionEnded(ExecutionEvent event) {
        try {
            report.write(event.getSession(), Map.copyOf(recorded));
        } catch (RuntimeException e) {
            log.warn("dockci:report: the run report was not written: " + e);
        }
        pass(event, ExecutionListener::sessionEnded);
    }

    private void ended(ExecutionEvent event, boolean succeeded) {
        MavenProject project = event.getProject();
        MojoExecution execution = event.getMojoExecution();
        if (!container(project) || execution == null) {
            return;
        }
        Instant start = started.getOrDefault(key(project, execution), Instant.now());
        String goal = execution.getMojoDescriptor().getPluginDescriptor().getGoalPrefix() + ":" + execution.getGoal();
        Step step = skipped(project, event.getSession(), execution) ? null
                : Step.of(execution.getArtifactId(), execution.getGoal()).orElse(null);
        goals.computeIfAbsent(project, any -> new ArrayList<>())
                .add(new GoalRun(goal, execution.getExecutionId(), step, start, Instant.now(), succeeded));
        if (!succeeded) {
            failures.putIfAbsent(project, new String[] {goal, firstLine(event.getException())});
        }
    }

    /** The first line of what failed: the goal's own message, not Maven's "Failed to execute goal … on project …". */
    static String firstLine(Throwable failure) {
        Throwable cause = failure instanceof LifecycleExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause == null) {
            return "";
        }
        return cause.getMessage() == null ? cause.toString()
                : cause.getMessage().strip().lines().findFirst().orElse("");
    }

    private void projectEnded(MavenProject project, MavenSession session, boolean failed) {
        if (!container(project)) {
            return;
        }
        Path directory = Path.of(project.getBuild().getDirectory(), MetadataFiles.DIRECTORY);
        String[] failure = failures.getOrDefault(project, new String[] {"", ""});
        List<GoalRun> ran = goals.getOrDefault(project, List.of());
        if (failed && startedAndNotStopped(ran)) {
            removeLeftContainers(project, failure[0]);
        }
        ModuleRun run = new ModuleRun(project.getArtifactId(), build, pipeline, ran, failed, failure[0], failure[1]);
        recorded.put(directory, run);
        try {
            run.write(directory);
            Files.deleteIfExists(directory.resolve(ImageRecord.NAME)); // an earlier build's image is not this one's
            if (ran.stream().anyMatch(goal -> goal.step() == Step.BUILD && goal.succeeded())) {
                image(project, session, ran, directory).write(directory);
            }
        } catch (IOException | EngineException e) {
            log.warn("dockci:report: " + project.getArtifactId() + ": not recorded for the run report: "
                    + e.getMessage());
        }
    }

    /**
     * Whether docker:start started the module's container and docker:stop did not run after it: a goal between them
     * failed (failsafe itself, not a test: a failed IT fails the build in verify, after docker:stop).
     */
    static boolean startedAndNotStopped(List<GoalRun> ran) {
        boolean running = false;
        for (GoalRun goal : ran) {
            if (goal.step() == Step.START) {
                running = true; // a start that failed removed what it started, but one that failed half-way may not
            } else if (goal.step() == Step.STOP && goal.succeeded()) {
                running = false;
            }
        }
        return running;
    }

    /** Maven has no "finally" for a lifecycle: what docker:stop did not remove, removed here, said in one line. */
    private void removeLeftContainers(MavenProject project, String failedGoal) {
        String buildId = project.getProperties().getProperty("dockci.build.id", "");
        if (buildId.isEmpty()) {
            return; // without the build's identity, another build's container could match
        }
        String coordinates = project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion();
        try {
            List<String> removed = BuiltImage.engine(project).removeContainers(
                    List.of(BuildId.LABEL + "=" + buildId, FABRIC8_PROJECT_LABEL + "=" + coordinates));
            if (!removed.isEmpty()) {
                log.warn(project.getArtifactId() + ": failed at " + failedGoal + ", after docker:start and before"
                        + " docker:stop: removed the container docker:stop would have removed ("
                        + String.join(", ", removed) + ")");
            }
        } catch (EngineException e) {
            log.warn(project.getArtifactId() + ": failed after docker:start; its container may be left running ("
                    + e.getMessage() + "): scripts/remove-build-containers.sh removes what this build left");
        }
    }

    /** The label fabric8 puts on the containers a project starts: its groupId:artifactId:version. */
    private static final String FABRIC8_PROJECT_LABEL = "dmp.coordinates";

    /**
     * The image built, asked of the engine and the registry; the tags pushed and not pushed, as dockci:push recorded
     * them (or, for fabric8's docker:push, every tag when it passed).
     */
    private ImageRecord image(MavenProject project, MavenSession session, List<GoalRun> ran, Path directory)
            throws IOException {
        String candidate = project.getProperties().getProperty("dockci.tag", "");
        List<String> pushed = new ArrayList<>();
        List<String> notPushed = new ArrayList<>();
        if (ran.stream().anyMatch(goal -> goal.goal().equals("dockci:push") && goal.step() == Step.PUSH)) {
            if (Files.isRegularFile(directory.resolve(PushOutcome.NAME))) { // written by this build's push
                PushOutcome outcome = PushOutcome.read(directory);
                pushed.addAll(outcome.pushed());
                notPushed.addAll(outcome.notPushed());
            }
        } else if (ran.stream().anyMatch(goal -> goal.goal().equals("docker:push") && goal.step() == Step.PUSH
                && goal.succeeded())) {
            Set<String> tags = new LinkedHashSet<>();
            tags.add(candidate);
            Arrays.stream(project.getProperties().getProperty("dockci.tags.deploy", "").split(","))
                    .filter(tag -> !tag.isBlank()).forEach(tags::add);
            pushed.addAll(tags);
        }
        String image = BuiltImage.of(project, session).orElse(BuiltImage.name(project, session) + ":" + candidate);
        return ImageRecord.collect(BuiltImage.engine(project), registries, image, pushed, notPushed,
                project.getProperties().getProperty("dockci.release.previous", ""));
    }

    /** Whether the goal skipped itself: fabric8's goals in an unchanged module, the ITs with skipITs, … */
    private static boolean skipped(MavenProject project, MavenSession session, MojoExecution execution) {
        List<String> switches = switch (execution.getArtifactId()) {
            case "docker-maven-plugin" -> List.of("docker.skip", "docker.skip." + execution.getGoal());
            case "maven-failsafe-plugin" -> List.of("maven.test.skip", "skipTests", "skipITs");
            case "dockci-maven-plugin" -> List.of("dockci." + execution.getGoal() + ".skip");
            default -> List.of();
        };
        if (execution.getArtifactId().equals("dockci-maven-plugin")
                && List.of("sbom", "structure", "push").contains(execution.getGoal()) && BuiltImage.of(project, session).isEmpty()) {
            return true; // they look at the image built, which an unchanged module has not
        }
        for (String name : switches) {
            for (String value : new String[] {session.getUserProperties().getProperty(name),
                    project.getProperties().getProperty(name), session.getSystemProperties().getProperty(name)}) {
                if (value != null && (value.isEmpty() || Boolean.parseBoolean(value))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #isContainer}, asked of the file system once per module, not at each of its goals' events. */
    private boolean container(MavenProject project) {
        return project != null && containers.computeIfAbsent(project, BuildRecorder::isContainer);
    }

    static boolean isContainer(MavenProject project) {
        return project != null && project.getBasedir() != null
                && Files.isRegularFile(project.getBasedir().toPath().resolve("Dockerfile"));
    }

    private static String key(MavenProject project, MojoExecution execution) {
        return project.getId() + " " + execution.getGroupId() + ":" + execution.getArtifactId() + ":"
                + execution.getGoal() + "@" + execution.getExecutionId();
    }

    // --- the rest is passed on as it is

    private interface Event {
        void on(ExecutionListener listener, ExecutionEvent event);
    }

    private void pass(ExecutionEvent event, Event what) {
        Optional.ofNullable(maven).ifPresent(listener -> what.on(listener, event));
    }

    @Override
    public void projectDiscoveryStarted(ExecutionEvent event) {
        pass(event, ExecutionListener::projectDiscoveryStarted);
    }

    @Override
    public void sessionStarted(ExecutionEvent event) {
        pass(event, ExecutionListener::sessionStarted);
    }

    @Override
    public void projectSkipped(ExecutionEvent event) {
        pass(event, ExecutionListener::projectSkipped);
    }

    @Override
    public void projectStarted(ExecutionEvent event) {
        pass(event, ExecutionListener::projectStarted);
    }

    @Override
    public void mojoSkipped(ExecutionEvent event) {
        pass(event, ExecutionListener::mojoSkipped);
    }

    @Override
    public void forkStarted(ExecutionEvent event) {
        pass(event, ExecutionListener::forkStarted);
    }

    @Override
    public void forkSucceeded(ExecutionEvent event) {
        pass(event, ExecutionListener::forkSucceeded);
    }

    @Override
    public void forkFailed(ExecutionEvent event) {
        pass(event, ExecutionListener::forkFailed);
    }

    @Override
    public void forkedProjectStarted(ExecutionEvent event) {
        pass(event, ExecutionListener::forkedProjectStarted);
    }

    @Override
    public void forkedProjectSucceeded(ExecutionEvent event) {
        pass(event, ExecutionListener::forkedProjectSucceeded);
    }

    @Override
    public void forkedProjectFailed(ExecutionEvent event) {
        pass(event, ExecutionListener::forkedProjectFailed);
    }
}
