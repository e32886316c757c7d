package org.dockci.containers.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dockci.testkit.Command;
import org.dockci.testkit.Docker;
import org.dockci.testkit.ServiceUnderTest;
import org.dockci.testkit.StopsGracefully;
import org.dockci.testkit.TestContainer;
import org.dockci.testkit.TestVolume;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * x3-jenkins-agent as Jenkins' controller and an intruder meet it: only the authorized key logs in,
 * only as jenkins, and jenkins has what a build needs, the host's engine included.
 */
class AgentIT implements StopsGracefully {

    private static final String PORT = "agent.ssh.port";
    private static final int SSH_PORT = 2222;
    private static final String HOST_SOCKET = "/var/run/docker.sock";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path keys;
    private static Ssh ssh;
    private static TestContainer agent;

    /** One agent for the tests that log in: this class' key authorized, the host's socket mounted. */
    @BeforeAll
    static void startAnAgentThatAuthorizesTheTestKey() throws IOException {
        ssh = Ssh.withNewKey(keys.resolve("controller"));
        agent = TestContainer.start("--env", "SSH_AUTHORIZED_KEYS=" + ssh.publicKey(),
                "--volume", HOST_SOCKET + ":" + HOST_SOCKET);
        agent.awaitHealthy(START_TIMEOUT);
    }

    @AfterAll
    static void removeTheAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void theAuthorizedKeyLogsInAsJenkins() {
        Command.Result whoami = ssh.run(agent.hostPort(SSH_PORT), "jenkins", LOGIN_TIMEOUT, "id -un");
        assertEquals(new Command.Result(0, "jenkins", ""), whoami);
    }

    @Test
    void aKeyThatIsNotAuthorizedIsRefused() {
        // The container under test authorizes a key nobody holds: this test's key is a stranger's there.
        Command.Result login = ssh.run(ServiceUnderTest.hostPort(PORT), "jenkins", LOGIN_TIMEOUT, "true");
        assertEquals(255, login.exitCode(), login::toString);
        assertTrue(login.stderr().contains("Permission denied (publickey)"), login::toString);
    }

    @Test
    void passwordsAreNotEvenOffered() {
        Command.Result login = ssh.tryPasswordLogin(ServiceUnderTest.hostPort(PORT), "jenkins");
        assertEquals(255, login.exitCode(), login::toString);
        List<String> offered = login.stderr().lines()
                .filter(line -> line.contains("Authentications that can continue:")).toList();
        assertFalse(offered.isEmpty(), () -> "the server named no methods:\n" + login.stderr());
        for (String line : offered) {
            assertTrue(line.endsWith("Authentications that can continue: publickey"), line);
        }
    }

    @Test
    void rootCannotLogInEvenWithAnAuthorizedKey() {
        String authorize = "mkdir -p /root/.ssh && cp /etc/ssh/authorized_keys/jenkins /etc/ssh/authorized_keys/root"
                + " && cp /etc/ssh/authorized_keys/jenkins /root/.ssh/authorized_keys";
        assertTrue(agent.exec("sh", "-c", authorize).succeeded());
        Command.Result login = ssh.run(agent.hostPort(SSH_PORT), "root", LOGIN_TIMEOUT, "id -un");
        assertEquals(255, login.exitCode(), login::toString);
        assertTrue(login.stderr().contains("Permission denied"), login::toString);
        assertFalse(login.stdout().contains("root"), login::toString);
    }

    @Test
    void jenkinsHasJdk17AndGit() {
        int port = agent.hostPort(SSH_PORT);
        Command.Result java = ssh.run(port, "jenkins", LOGIN_TIMEOUT, "java -version");
        assertEquals(0, java.exitCode(), java::toString);
        assertTrue(java.stderr().startsWith("openjdk version \"17."), java::toString);
        // Maven compiles the ITs: a JRE alone would not do.
        Command.Result javac = ssh.run(port, "jenkins", LOGIN_TIMEOUT, "javac -version");
        assertTrue(javac.stdout().startsWith("javac 17."), javac::toString);
        Command.Result git = ssh.run(port, "jenkins", LOGIN_TIMEOUT, "git --version");
        assertTrue(git.stdout().startsWith("git version 2."), git::toString);
    }

    @Test
    void jenkinsUsesTheHostEngineThroughTheMountedSocket() {
        String format = "'{{.ID}} {{.ServerVersion}}'";
        Command.Result info = ssh.run(agent.hostPort(SSH_PORT), "jenkins", LOGIN_TIMEOUT, "docker info --format " + format);
        assertEquals(0, info.exitCode(), info::toString);
        assertEquals(Docker.run("info", "--format", "{{.ID}} {{.ServerVersion}}"), info.stdout(),
                "the agent's docker talks to this engine");
        Command.Result version = ssh.run(agent.hostPort(SSH_PORT), "jenkins", LOGIN_TIMEOUT, "docker version");
        assertTrue(version.stdout().contains("Server:"), version::toString);
        Command.Result env = ssh.run(agent.hostPort(SSH_PORT), "jenkins", LOGIN_TIMEOUT, "echo \"[$DOCKER_HOST]\"");
        assertEquals("[]", env.stdout(), "the socket, not a TCP address");
    }

    /**
     * 4242: no group in the image has it; 100: Debian's "users" has it and is reused. The socket is
     * made inside the agent, then the agent restarts: its entrypoint runs again with the socket there.
     * (No file of this machine is mounted: in Jenkins these ITs run in an agent, whose files the
     * host's engine does not see.)
     */
    @ParameterizedTest
    @ValueSource(ints = {4242, 100})
    void jenkinsMayUseTheSocketWhateverItsGroupId(int gid) {
        try (TestContainer withSocket = TestContainer.start("--env", "SSH_AUTHORIZED_KEYS=" + ssh.publicKey())) {
            withSocket.awaitHealthy(START_TIMEOUT);
            // What dockerd does with its socket: a listening UNIX socket, group-owned, mode 0660.
            String makeSocket = "perl -MIO::Socket::UNIX -e 'IO::Socket::UNIX->new(Type => SOCK_STREAM(),"
                    + " Local => \"" + HOST_SOCKET + "\", Listen => 1) or die $!'"
                    + " && chgrp " + gid + " " + HOST_SOCKET + " && chmod 0660 " + HOST_SOCKET;
            Command.Result made = withSocket.exec("sh", "-c", makeSocket);
            assertTrue(made.succeeded(), made::toString);
            assertTrue(withSocket.stop(GRACE).clean());
            withSocket.restart();
            withSocket.awaitHealthy(START_TIMEOUT);

            Command.Result access = ssh.run(withSocket.hostPort(SSH_PORT), "jenkins", LOGIN_TIMEOUT,
                    "id -G && test -S " + HOST_SOCKET + " && test -r " + HOST_SOCKET + " && test -w " + HOST_SOCKET
                            + " && echo read-write");
            assertEquals(0, access.exitCode(), () -> access + "\n" + withSocket.logs());
            assertTrue(List.of(access.stdout().lines().findFirst().orElseThrow().split(" "))
                    .contains(Integer.toString(gid)), access::toString);
            assertTrue(access.stdout().endsWith("read-write"), access::toString);
            assertTrue(withSocket.logs().contains("gid " + gid + ")"), withSocket::logs);
        }
    }

    @Test
    void withoutTheSocketTheAgentStartsAndSaysBuildsCannotUseDocker() {
        try (TestContainer noSocket = TestContainer.start("--env", "SSH_AUTHORIZED_KEYS=" + ssh.publicKey())) {
            noSocket.awaitHealthy(START_TIMEOUT);
            assertTrue(noSocket.logs().contains("no Docker socket"), noSocket::logs);
            Command.Result groups = ssh.run(noSocket.hostPort(SSH_PORT), "jenkins", LOGIN_TIMEOUT, "id -Gn");
            assertEquals("jenkins", groups.stdout(), "no group was added");
        }
    }

    @Test
    void keysFromAMountedFileAreAuthorized() {
        try (TestVolume secrets = TestVolume.create()) {
            Command.Result written = Docker.tryRun(Map.of(), "# Jenkins\n" + ssh.publicKey() + "\n",
                    "run", "--rm", "--interactive", "--label", TestContainer.LABEL, "--volume", secrets.name() + ":/secrets",
                    "--entrypoint", "sh", ServiceUnderTest.image(), "-c", "cat > /secrets/authorized_keys");
            assertTrue(written.succeeded(), written::toString);
            try (TestContainer fromFile = TestContainer.start(
                    "--env", "SSH_AUTHORIZED_KEYS_FILE=/run/secrets/authorized_keys",
                    "--volume", secrets.name() + ":/run/secrets:ro")) {
                fromFile.awaitHealthy(START_TIMEOUT);
                Command.Result whoami = ssh.run(fromFile.hostPort(SSH_PORT), "jenkins", LOGIN_TIMEOUT, "id -un");
                assertEquals("jenkins", whoami.stdout(), whoami::toString);
            }
        }
    }

    @Test
    void withoutAnAuthorizedKeyTheAgentRefusesToStart() {
        try (TestContainer open = TestContainer.start()) {
            assertEquals(64, open.awaitExit(START_TIMEOUT), open::logs);
            assertTrue(open.logs().contains("no authorized key"), open::logs);
        }
    }

    @Test
    void somethingThatIsNotAKeyIsRefused() {
        try (TestContainer garbage = TestContainer.start("--env", "SSH_AUTHORIZED_KEYS=let me in")) {
            assertEquals(64, garbage.awaitExit(START_TIMEOUT), garbage::logs);
            assertTrue(garbage.logs().contains("no valid public key"), garbage::logs);
        }
    }

    @Test
    void hostKeysAreMadePerAgentAndKeptOnTheirVolume() {
        try (TestVolume hostKeys = TestVolume.create()) {
            String mount = hostKeys.name() + ":/etc/ssh/host-keys";
            String first = hostKeyOf(mount);
            assertEquals(first, hostKeyOf(mount), "the same volume, the same host key: Jenkins keeps trusting it");
            try (TestVolume other = TestVolume.create()) {
                assertNotEquals(first, hostKeyOf(other.name() + ":/etc/ssh/host-keys"),
                        "host keys are made per agent, never baked into the image");
            }
        }
    }

    private static String hostKeyOf(String volumeMount) {
        try (TestContainer withVolume = TestContainer.start("--env", "SSH_AUTHORIZED_KEYS=" + ssh.publicKey(),
                "--volume", volumeMount)) {
            withVolume.awaitHealthy(START_TIMEOUT);
            Command.Result scan = Command.run(LOGIN_TIMEOUT, "ssh-keyscan", "-t", "ed25519",
                    "-p", Integer.toString(withVolume.hostPort(SSH_PORT)), "127.0.0.1");
            Matcher key = Pattern.compile("ssh-ed25519 (\\S+)").matcher(scan.stdout());
            assertTrue(key.find(), scan::toString);
            return key.group(1);
        }
    }
}
