package org.dockci.containers.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dockci.testkit.Command;

/**
 * The OpenSSH client, used the way Jenkins' SSH launcher uses the agent: a key pair of the test's own,
 * one command per login, on 127.0.0.1. It ignores the machine's ssh configuration, agent and known hosts.
 */
final class Ssh {

    private static final Duration KEYGEN_TIMEOUT = Duration.ofSeconds(30);

    private final Path privateKey;
    private final String publicKey;

    private Ssh(Path privateKey, String publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Makes a new ed25519 key pair in {@code directory} with {@code ssh-keygen}. */
    static Ssh withNewKey(Path directory) throws IOException {
        Path key = Files.createDirectories(directory).resolve("id_ed25519");
        Command.Result keygen = Command.run(KEYGEN_TIMEOUT, "ssh-keygen", "-q", "-t", "ed25519", "-N", "",
                "-C", "dockci-it", "-f", key.toString());
        if (!keygen.succeeded()) {
            throw new IllegalStateException("ssh-keygen failed: " + keygen);
        }
        return new Ssh(key, Files.readString(key.resolveSibling("id_ed25519.pub")).trim());
    }

    /** The public key, one authorized_keys line. */
    String publicKey() {
        return publicKey;
    }

    /** Logs in as {@code user} on 127.0.0.1:{@code port} with the key and runs {@code command}. */
    Command.Result run(int port, String user, Duration timeout, String command) {
        List<String> args = options(port);
        args.addAll(List.of("-o", "LogLevel=ERROR", "-i", privateKey.toString(), "-o", "IdentitiesOnly=yes",
                "-o", "PreferredAuthentications=publickey", user + "@127.0.0.1", command));
        return Command.run(timeout, Map.of(), new byte[0], args);
    }

    /**
     * Tries to log in as {@code user} with a password or keyboard-interactive only, verbosely, so that
     * the output shows which methods the server offers. No password is typed: BatchMode has none.
     */
    Command.Result tryPasswordLogin(int port, String user) {
        List<String> args = options(port);
        args.addAll(List.of("-v", "-o", "PubkeyAuthentication=no",
                "-o", "PreferredAuthentications=password,keyboard-interactive", user + "@127.0.0.1", "true"));
        return Command.run(Duration.ofSeconds(30), Map.of(), new byte[0], args);
    }

    private static List<String> options(int port) {
        return new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-p", Integer.toString(port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                "-o", "ConnectTimeout=10", "-o", "IdentityAgent=none"));
    }
}
