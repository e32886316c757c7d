package org.dockci.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the end-to-end tests and the pipeline bench share: work trees made as Jenkins makes them (a clone of
 * the bare origin, the commit checked out detached), the environment Jenkins gives their {@code sh} steps on
 * {@code main}, and the clean-up of what a story leaves (its local images, its work folders, logs kept).
 */
final class JenkinsWorkTrees {

    /** Set in the runs' environment: an end-to-end test inside a run does not run the story again. */
    static final String NESTED = "DOCKCI_E2E_NESTED";

    private JenkinsWorkTrees() {
    }

    /** A work tree as Jenkins checks it out, and the commit it holds. */
    record Clone(Path directory, String commit) {
    }

    /** Clones {@code origin} into {@code parent/name} and checks its {@code main} out detached. */
    static Clone cloneDetached(Path parent, Path origin, String name) {
        Path directory = parent.resolve(name);
        new GitCommand(parent).run("clone", "--quiet", origin.toString(), directory.toString());
        GitCommand git = new GitCommand(directory);
        String commit = git.run("rev-parse", "refs/remotes/origin/main");
        git.run("checkout", "--quiet", "--detach", commit);
        return new Clone(directory, commit);
    }

    /**
     * The workspace {@code parent/name} as Jenkins keeps a branch's: cloned the first time, then fetched and the
     * new {@code main} checked out detached over what the previous runs left ({@code target/} folders included;
     * Jenkins' git plugin cleans nothing by default).
     */
    static Clone reuseDetached(Path parent, Path origin, String name) {
        Path directory = parent.resolve(name);
        if (!Files.isDirectory(directory)) {
            return cloneDetached(parent, origin, name);
        }
        GitCommand git = new GitCommand(directory);
        git.run("fetch", "--quiet", "--tags", "--force", "origin", "+refs/heads/*:refs/remotes/origin/*");
        String commit = git.run("rev-parse", "refs/remotes/origin/main");
        git.run("checkout", "--quiet", "--force", "--detach", commit);
        return new Clone(directory, commit);
    }

    /**
     * This machine's environment less what a CI around the test may have set (and the pipeline's own
     * parameters), plus what Jenkins sets for a build of {@code main} of {@code clone}, plus {@code extra}.
     */
    static Map<String, String> mainBuildEnvironment(Clone clone, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("CHANGE_") || name.startsWith("GIT_")
                || name.startsWith("BUILD_") || name.startsWith("JOB_") || name.equals("DOCKCI_CHANGES")
                || name.equals("DOCKCI_SELF_TESTS"));
        environment.put("BRANCH_NAME", "main");
        environment.put("GIT_BRANCH", "main");
        environment.put("GIT_COMMIT", clone.commit());
        environment.put("WORKSPACE", clone.directory().toString());
        environment.put(NESTED, "true");
        environment.putAll(extra);
        return environment;
    }

    /**
     * The local repository of the build running the test, and the one it is chained to if any (a tail is not read
     * transitively): the value of the nested builds' {@code -Dmaven.repo.local.tail} in MAVEN_ARGS.
     */
    static String outerLocalRepository() {
        String head = System.getProperty("dockci.e2e.localRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String tail = System.getProperty("dockci.e2e.localRepositoryTail", "");
        // an unset property reaches the test as Maven left it: ${maven.repo.local.tail}
        return tail.isBlank() || tail.startsWith("${") ? head : head + "," + tail;
    }

    /** {@link #outerLocalRepository()} as a nested build's flags: {@code -Dmaven.repo.local} and its tail, if any. */
    static List<String> outerLocalRepositoryFlags() {
        String[] repositories = outerLocalRepository().split(",", 2);
        List<String> flags = new ArrayList<>(List.of("-Dmaven.repo.local=" + repositories[0]));
        if (repositories.length > 1) {
            flags.add("-Dmaven.repo.local.tail=" + repositories[1]);
        }
        return flags;
    }

    /** The containers (running or not), volumes or networks ({@code kind}) labelled with the build identity {@code identity}. */
    static List<String> leftovers(String kind, String identity) {
        List<String> list = new ArrayList<>(List.of(kind, "ls", "-q", "--filter", "label=org.dockci.build=" + identity));
        if (kind.equals("container")) {
            list.add("--all");
        }
        return docker(list.toArray(String[]::new)).output().lines().filter(line -> !line.isBlank()).toList();
    }

    /** Removes the containers, volumes and networks labelled with {@code identity}: what a failed test's build left. */
    static void removeLeftovers(String identity) {
        for (String kind : List.of("container", "volume", "network")) {
            List<String> ids = leftovers(kind, identity);
            if (!ids.isEmpty()) {
                List<String> remove = new ArrayList<>(List.of(kind, "rm"));
                // a container's anonymous volumes go with it
                remove.addAll(switch (kind) {
                    case "container" -> List.of("--force", "--volumes");
                    case "volume" -> List.of("--force");
                    default -> List.of();
                });
                remove.addAll(ids);
                docker(remove.toArray(String[]::new));
            }
        }
    }

    /** Removes the local images whose name matches {@code reference} ({@code 127.0.0.1:5000/dockci-e2e-1a2b/*}). */
    static void removeImages(String reference) {
        List<String> images = docker("images", "--format", "{{.Repository}}:{{.Tag}}", "--filter", "reference=" + reference)
                .output().lines().filter(line -> !line.isBlank()).toList();
        if (!images.isEmpty()) {
            List<String> remove = new ArrayList<>(List.of("rmi", "--force"));
            remove.addAll(images);
            docker(remove.toArray(String[]::new));
        }
    }

    /** Deletes {@code temp}, first copying its {@code logs-*} folders into {@code logs}, to be read after a failure. */
    static void deleteKeepingLogs(Path temp, Path logs) throws IOException {
        try (Stream<Path> paths = Files.walk(temp)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Path relative = temp.relativize(path);
                if (relative.getNameCount() > 0 && relative.getName(0).toString().startsWith("logs-")
                        && Files.isRegularFile(path)) {
                    Path kept = logs.resolve(relative);
                    Files.createDirectories(kept.getParent());
                    Files.copy(path, kept, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            all.forEach(path -> path.toFile().delete());
        }
    }

    /** Runs the docker CLI; its output and exit code, whatever they are. */
    static CommandOutput docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        return CommandOutput.of(command, Path.of("."), Duration.ofMinutes(5));
    }
}
