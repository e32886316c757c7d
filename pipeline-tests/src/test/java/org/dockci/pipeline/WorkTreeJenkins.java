package org.dockci.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Jenkins' steps on work trees of this machine, for {@link PipelineRun}: {@code sh} runs the command for real;
 * {@code node} is another agent, a work tree of its own next to the run's ({@code run-1} and {@code run-1@containers-1}),
 * cloned from the same origin; {@code checkout scm} checks the run's commit out there; {@code stash} copies the files
 * its Ant patterns take into a store of the run, and {@code unstash} copies them into the agent's work tree.
 */
final class WorkTreeJenkins implements JenkinsScript.Jenkins {

    private final String stage;
    private final Path mainWorkTree;
    private final Path logs;
    private final List<PipelineRun.StepRun> steps;
    private final Path stashes;
    private final Map<String, Path> agents = new LinkedHashMap<>();

    WorkTreeJenkins(String stage, Path mainWorkTree, Path logs, List<PipelineRun.StepRun> steps) {
        this.stage = stage;
        this.mainWorkTree = mainWorkTree;
        this.logs = logs;
        this.steps = steps;
        this.stashes = mainWorkTree.resolveSibling(mainWorkTree.getFileName() + "@stashes");
    }

    /** The work trees of the agents that {@code node} gave, by branch. */
    synchronized Map<String, Path> agents() {
        return Map.copyOf(agents);
    }

    @Override
    public JenkinsScript.ShResult sh(JenkinsScript.Place place, String script, boolean returnStdout) {
        int index;
        synchronized (steps) {
            index = steps.size();
            // the index keeps the log names apart; the step takes its place in the list when it ends
            steps.add(null);
        }
        PipelineRun.StepRun run = PipelineRun.sh(stage, place.agent(), script, place.workTree(), place.environment(),
                logs, index, returnStdout);
        synchronized (steps) {
            steps.set(index, run);
        }
        return new JenkinsScript.ShResult(run.process().exitCode(), returnStdout ? PipelineRun.stdout(run) : "");
    }

    @Override
    public void stash(JenkinsScript.Place place, String name, String includes, String excludes, boolean allowEmpty) {
        List<PathMatcher> include = matchers(includes);
        List<PathMatcher> exclude = matchers(excludes);
        Path store = stashes.resolve(name);
        try {
            delete(store);
            Files.createDirectories(store);
            int copied = 0;
            try (Stream<Path> files = Files.walk(place.workTree())) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path relative = place.workTree().relativize(file);
                    if (include.stream().anyMatch(matcher -> matcher.matches(relative))
                            && exclude.stream().noneMatch(matcher -> matcher.matches(relative))) {
                        Files.createDirectories(store.resolve(relative).getParent());
                        Files.copy(file, store.resolve(relative), StandardCopyOption.COPY_ATTRIBUTES);
                        copied++;
                    }
                }
            }
            if (copied == 0 && !allowEmpty) {
                throw new JenkinsScript.StepFailure("No files included in stash '" + name + "' (" + includes + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stash " + name, e);
        }
    }

    @Override
    public void unstash(JenkinsScript.Place place, String name) {
        Path store = stashes.resolve(name);
        if (!Files.isDirectory(store)) {
            throw new JenkinsScript.StepFailure("No such saved stash '" + name + "'");
        }
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = place.workTree().resolve(store.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unstash " + name, e);
        }
    }

    @Override
    public JenkinsScript.Place node(JenkinsScript.Place from, String label, String branch) {
        Path workTree = mainWorkTree.resolveSibling(mainWorkTree.getFileName() + "@" + branch);
        synchronized (this) {
            agents.put(branch, workTree);
        }
        Map<String, String> environment = new HashMap<>(from.environment());
        environment.put("WORKSPACE", workTree.toString());
        environment.put("NODE_LABELS", label);
        return new JenkinsScript.Place(branch, workTree, environment);
    }

    @Override
    public void checkout(JenkinsScript.Place place) {
        GitCommand main = new GitCommand(mainWorkTree);
        String commit = main.run("rev-parse", "HEAD");
        if (!Files.isDirectory(place.workTree().resolve(".git"))) {
            new GitCommand(mainWorkTree.getParent()).run("clone", "--quiet", main.run("remote", "get-url", "origin"),
                    place.workTree().toString());
        }
        GitCommand agent = new GitCommand(place.workTree());
        agent.run("fetch", "--quiet", "--tags", "--force", "origin", "+refs/heads/*:refs/remotes/origin/*");
        agent.run("checkout", "--quiet", "--force", "--detach", commit);
    }

    @Override
    public void echo(JenkinsScript.Place place, String message) {
        System.out.println("[" + place.agent() + "] " + message);
    }

    /** Ant-style patterns, comma-separated, from the work tree's top ({@code a/target/**}). */
    private static List<PathMatcher> matchers(String patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns.split("\\s*,\\s*")) {
            if (!pattern.isBlank()) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
                if (pattern.startsWith("**/")) { // Ant's **/ also matches no folder at all
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
                }
            }
        }
        return matchers;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
