package org.dockci.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which login dockci:prune and the run report read a registry with: settings.xml's first, else the docker CLI's. */
class RegistryLoginsTest {

    @TempDir
    Path folder;

    private RegistryLogins logins(Map<String, Credentials> settings) throws Exception {
        Files.writeString(folder.resolve("config.json"), """
                {"auths": {"registry.example.org": {"auth": "%s"}, "helped.example.org": {}},
                 "credHelpers": {"helped.example.org": "pass"}}""".formatted(
                Base64.getEncoder().encodeToString("cli:from-docker-login".getBytes(StandardCharsets.UTF_8))));
        return new RegistryLogins(registry -> Optional.ofNullable(settings.get(registry)),
                Map.of("DOCKER_CONFIG", folder.toString()));
    }

    @Test
    void settingsXmlsServerComesFirst() throws Exception {
        RegistryLogins logins = logins(Map.of("registry.example.org", new Credentials("maven", "from-settings")));

        assertEquals(Optional.of(new Credentials("maven", "from-settings")), logins.login("registry.example.org"));
        assertEquals(Optional.empty(), logins.unread("registry.example.org"));
    }

    @Test
    void withoutOneTheDockerCliLoginIsUsed() throws Exception {
        RegistryLogins logins = logins(Map.of());

        assertEquals(Optional.of(new Credentials("cli", "from-docker-login")), logins.login("registry.example.org"));
        assertEquals(Optional.empty(), logins.login("other.example.org"), "no login anywhere: none");
        assertEquals(Optional.empty(), logins.unread("other.example.org"), "nothing to say when there is none");
    }

    @Test
    void aLoginKeptByACredentialHelperIsNotReadAndSaysWhy() throws Exception {
        RegistryLogins logins = logins(Map.of());

        assertEquals(Optional.empty(), logins.login("helped.example.org"));
        String why = logins.unread("helped.example.org").orElseThrow();
        assertTrue(why.contains("pass"), "the helper is named: " + why);
    }

    @Test
    void aSettingsLoginThatCannotBeHadIsAnError() {
        RegistryLogins logins = new RegistryLogins(registry -> {
            throw new RegistryException("dockci:prune: the password of <server> " + registry + " cannot be decrypted", null);
        }, Map.of("DOCKER_CONFIG", folder.toString()));

        RegistryException error = assertThrows(RegistryException.class,
                () -> logins.login("registry.example.org"));
        assertTrue(error.getMessage().contains("cannot be decrypted"), error.getMessage());
    }
}
