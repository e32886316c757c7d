package org.dockci.mojo;

import java.util.Map;
import java.util.Optional;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.dockci.registry.Credentials;
import org.dockci.registry.RegistryException;
import org.dockci.registry.RegistryLogins;

/**
 * The registry's credentials as fabric8 looks them up: the {@code settings.xml} {@code <server>} whose id is the
 * registry ({@code localhost:5000}, {@code registry.example.org}), its password decrypted when it is encrypted.
 */
final class SettingsServer {

    private SettingsServer() {
    }

    /**
     * The logins of the registries {@code goal} reads, found as dockci:push finds its own: settings.xml's {@code <server>}
     * whose id is the registry, else the docker CLI's {@code docker login} (located by {@code environment}).
     */
    static RegistryLogins logins(Settings settings, SettingsDecrypter decrypter, String goal,
            Map<String, String> environment) {
        return new RegistryLogins(registry -> {
            try {
                return credentials(settings, decrypter, registry, goal);
            } catch (MojoFailureException e) {
                throw new RegistryException(e.getMessage(), e);
            }
        }, environment);
    }

    /** The credentials for {@code registry}; empty when settings.xml has no such server, or one without user name. */
    static Optional<Credentials> credentials(Settings settings, SettingsDecrypter decrypter, String registry,
            String goal) throws MojoFailureException {
        Server server = settings == null ? null : settings.getServer(registry);
        if (server == null || server.getUsername() == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException(goal + ": the password of <server> " + registry
                        + " in settings.xml cannot be decrypted: " + problem.getMessage());
            }
        }
        Server plain = decrypted.getServer();
        return Optional.of(new Credentials(plain.getUsername(), plain.getPassword() == null ? "" : plain.getPassword()));
    }
}
