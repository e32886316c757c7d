package org.dockci.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker CLI's logins as dockci reads them from config.json, looked up as the CLI looks them up. */
class DockerConfigTest {

    @TempDir
    Path folder;

    private DockerConfig config(String json) throws Exception {
        Files.writeString(folder.resolve("config.json"), json);
        return DockerConfig.read(Map.of("DOCKER_CONFIG", folder.toString()));
    }

    private static String auth(String userAndPassword) {
        return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDockerLoginIsTheUserAndPasswordOfItsAuth() throws Exception {
        DockerConfig config = config("""
                {"auths": {"registry.example.org": {"auth": "%s"}}}""".formatted(auth("ci:pa:ss")));

        assertEquals(new DockerConfig.Login.Found(new Credentials("ci", "pa:ss")), config.login("registry.example.org"));
        assertEquals(new DockerConfig.Login.None(), config.login("other.example.org"));
    }

    @Test
    void aKeyWrittenAsAUrlNamesItsHost() throws Exception {
        DockerConfig config = config("""
                {"auths": {"https://registry.example.org/v1/": {"auth": "%s"},
                           "https://index.docker.io/v1/": {"auth": "%s"}}}""".formatted(auth("a:1"), auth("hub:2")));

        assertEquals(new DockerConfig.Login.Found(new Credentials("a", "1")), config.login("registry.example.org"));
        assertEquals(new DockerConfig.Login.Found(new Credentials("hub", "2")), config.login("docker.io"));
        assertEquals(new DockerConfig.Login.None(), config.login("registry.example.org:5000"));
    }

    @Test
    void aCredentialHelperIsNamedNotRun() throws Exception {
        DockerConfig config = config("""
                {"auths": {"registry.example.org": {"auth": "%s"}, "localhost:5000": {}},
                 "credHelpers": {"registry.example.org": "ecr-login"}}""".formatted(auth("a:1")));

        DockerConfig.Login helper = config.login("registry.example.org");

        assertTrue(assertInstanceOf(DockerConfig.Login.NotReadable.class, helper).why()
                .contains("docker-credential-ecr-login"), helper.toString());
        assertEquals(new DockerConfig.Login.None(), config.login("localhost:5000"));
    }

    @Test
    void withACredentialsStoreTheCliReadsNoLoginFromTheFile() throws Exception {
        // Docker Desktop's configuration: auths only marks which registries the store has a login for
        DockerConfig config = config("""
                {"auths": {"localhost:5000": {}}, "credsStore": "desktop"}""");

        DockerConfig.Login login = config.login("localhost:5000");

        assertTrue(assertInstanceOf(DockerConfig.Login.NotReadable.class, login).why()
                .contains("docker-credential-desktop"), login.toString());
    }

    @Test
    void noFileIsNoLoginAndAFileThatIsNotJsonIsNamed() throws Exception {
        assertEquals(new DockerConfig.Login.None(),
                DockerConfig.read(Map.of("DOCKER_CONFIG", folder.resolve("none").toString())).login("localhost:5000"));

        DockerConfig.Login broken = config("{\"auths\": ").login("localhost:5000");

        assertTrue(assertInstanceOf(DockerConfig.Login.NotReadable.class, broken).why().contains("config.json"));
    }

    @Test
    void theConfigurationIsInDockerConfigElseInHomesDotDocker() {
        assertEquals(Path.of("/srv/docker"), DockerConfig.folder(Map.of("DOCKER_CONFIG", "/srv/docker", "HOME", "/h")));
        assertEquals(Path.of("/h/.docker"), DockerConfig.folder(Map.of("HOME", "/h")));
    }

    @Test
    void passwordsAreEveryLoginsForTheReportToHide() throws Exception {
        DockerConfig config = config("""
                {"auths": {"a.example.org": {"auth": "%s"}, "b.example.org": {"username": "u", "password": "pw-2"},
                           "c.example.org": {"identitytoken": "token-3"}, "d.example.org": {}},
                 "currentContext": "remote"}""".formatted(auth("u:pw-1")));

        assertEquals(List.of("pw-1", "pw-2", "token-3"), config.passwords());
        assertEquals(Optional.of("remote"), config.currentContext());
    }
}
