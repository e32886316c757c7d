package org.dockci.containers.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dockci.testkit.Command;
import org.dockci.testkit.Docker;
import org.dockci.testkit.ServiceUnderTest;
import org.dockci.testkit.TestContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Jenkins does with the agent: it logs in as jenkins and runs this repository's build of one
 * container, whose image, container and ITs run on the host's engine through the mounted socket.
 * The agent shares the host's network, as in production, so that the build reaches the ports its
 * containers publish on the host's 127.0.0.1; sshd listens on a free port of 127.0.0.1 only.
 *
 * <p>The build is of the commit checked out here (HEAD, as a git bundle), not of uncommitted changes.
 * Maven runs offline on a copy of this machine's local repository, as on an agent with a warm cache.
 * Both are copied into the agent, not bind-mounted, so that this test also runs inside an agent.
 */
class AgentBuildIT {

    private static final String HOST_SOCKET = "/var/run/docker.sock";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern TESTS_RUN = Pattern.compile(
            "Tests run: (\\d+), Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in org\\.dockci\\.containers\\.webdav\\.WebdavIT");

    @Test
    void theAgentBuildsAndTestsX3WebdavOnTheHostEngine(@TempDir Path work) throws IOException {
        Path bundle = work.resolve("dockci.bundle");
        succeeds(Command.run(SETUP_TIMEOUT, "git", "-C", repositoryRoot().toString(), "bundle", "create",
                bundle.toString(), "HEAD"));
        Ssh controller = Ssh.withNewKey(work.resolve("controller"));
        int port = freeLoopbackPort();
        // A name of this run's own, so that the build neither replaces nor leaves the real x3-webdav image.
        String image = "dockci-agent-it/x3-webdav-" + UUID.randomUUID().toString().substring(0, 8);

        String[] options = {"--network", "host",
                "--env", "SSH_PORT=" + port, "--env", "SSH_LISTEN_ADDRESS=127.0.0.1",
                "--env", "SSH_AUTHORIZED_KEYS=" + controller.publicKey(),
                "--volume", HOST_SOCKET + ":" + HOST_SOCKET};
        try (TestContainer agent = TestContainer.startFrom(ServiceUnderTest.image(), options)) {
            agent.awaitHealthy(START_TIMEOUT);
            // Copied in with docker cp, never bind-mounted: in Jenkins this test runs in an agent,
            // whose files the host's engine cannot mount. The checkout goes in as a git bundle;
            // Maven's cache is a copy of this machine's, as on an agent with a warm ~/.m2.
            succeeds(agent.exec("mkdir", "-p", "/src", "/home/jenkins/.m2"));
            succeeds(Docker.tryRun("cp", bundle.toString(), agent.id() + ":/src/dockci.bundle"));
            succeeds(Docker.tryRun("cp", localRepository().toString(), agent.id() + ":/home/jenkins/.m2/repository"));
            // a build with a chained local repository (-Dmaven.repo.local.tail) finds part of its cache there
            List<String> tail = new ArrayList<>();
            for (Path folder : localRepositoryTail()) {
                String copy = "/home/jenkins/.m2/tail-" + tail.size();
                succeeds(Docker.tryRun("cp", folder.toString(), agent.id() + ":" + copy));
                tail.add(copy);
            }
            String tailOption = tail.isEmpty() ? "" : " -Dmaven.repo.local.tail=" + String.join(",", tail);
            Path wrapperDists = mavenUserHome().resolve("wrapper");
            if (Files.isDirectory(wrapperDists)) {
                succeeds(Docker.tryRun("cp", wrapperDists.toString(), agent.id() + ":/home/jenkins/.m2/wrapper"));
            }
            succeeds(agent.exec("chown", "-R", "jenkins:jenkins", "/home/jenkins/.m2", "/src"));

            // The container's build with the dockci plugin it is linted with, from the same checkout (an
            // agent's ~/.m2 need not have it installed); the plugin's own tests are not this test's business.
            Command.Result build = controller.run(port, "jenkins", BUILD_TIMEOUT,
                    "git clone -q /src/dockci.bundle dockci && cd dockci"
                            + " && ./mvnw -B -o -pl dockci-maven-plugin,containers/x3-webdav verify -Ddockci.image=" + image
                            + " -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.skip=true" + tailOption);

            String log = build.stdout() + "\n" + build.stderr();
            assertEquals(0, build.exitCode(), () -> "the build in the agent failed:\n" + lastLines(log, 80));
            Matcher testsRun = TESTS_RUN.matcher(log);
            assertTrue(testsRun.find() && Integer.parseInt(testsRun.group(1)) > 0,
                    () -> "x3-webdav's ITs did not all run and pass:\n" + lastLines(log, 80));
            assertTrue(!Docker.run("image", "ls", "--quiet", image).isEmpty(),
                    "the image was built on the host's engine");
        } finally {
            removeEverythingTheBuildMade(image);
        }
    }

    /** Normally the build removes its containers itself; after a failure or a timeout, this does. */
    private static void removeEverythingTheBuildMade(String image) {
        for (String container : Docker.tryRun("ps", "--all", "--quiet", "--filter", "ancestor=" + image).stdout().split("\\s+")) {
            if (!container.isBlank()) {
                Docker.tryRun("rm", "--force", "--volumes", container);
            }
        }
        for (String tagged : Docker.tryRun("image", "ls", "--format", "{{.Repository}}:{{.Tag}}", image).stdout().split("\\s+")) {
            if (!tagged.isBlank()) {
                Docker.tryRun("image", "rm", "--force", tagged);
            }
        }
    }

    /** The checkout these ITs were compiled from: the nearest folder above them with ./mvnw. */
    private static Path repositoryRoot() {
        try {
            Path classes = Path.of(AgentBuildIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path folder = classes; folder != null; folder = folder.getParent()) {
                if (Files.isRegularFile(folder.resolve("mvnw")) && Files.isDirectory(folder.resolve(".mvn"))) {
                    return folder;
                }
            }
            throw new IllegalStateException("no folder with mvnw above " + classes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Maven's local repository of this build (-Dmaven.repo.local, else ~/.m2/repository). */
    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured) : mavenUserHome().resolve("repository");
    }

    /** The chained local repositories of this build (-Dmaven.repo.local.tail, comma-separated), if any. */
    private static List<Path> localRepositoryTail() {
        String configured = System.getProperty("maven.repo.local.tail", "");
        List<Path> folders = new ArrayList<>();
        for (String folder : configured.split(",")) {
            if (!folder.isBlank() && Files.isDirectory(Path.of(folder.strip()))) {
                folders.add(Path.of(folder.strip()));
            }
        }
        return folders;
    }

    /** Where ./mvnw keeps the Maven distributions it fetched (MAVEN_USER_HOME, else ~/.m2). */
    private static Path mavenUserHome() {
        String configured = System.getenv("MAVEN_USER_HOME");
        return configured != null && !configured.isBlank()
                ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2");
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static void succeeds(Command.Result result) {
        assertEquals(0, result.exitCode(), result::toString);
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
