package org.dockci.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The reference grammar of Docker's Distribution: what it accepts, how it splits and normalises names. */
class ImageReferenceTest {

    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    @ParameterizedTest
    @CsvSource({
        // written,                                   domain,          path,                 familiar name
        "debian,                                      docker.io,       library/debian,       debian",
        "library/debian,                              docker.io,       library/debian,       debian",
        "docker.io/debian,                            docker.io,       library/debian,       debian",
        "index.docker.io/library/debian,              docker.io,       library/debian,       debian",
        "docker.io/library/foo/bar,                   docker.io,       library/foo/bar,      library/foo/bar",
        "dockci/x3-webdav,                            docker.io,       dockci/x3-webdav,     dockci/x3-webdav",
        "test_com/foo,                                docker.io,       test_com/foo,         test_com/foo",
        "localhost/foo,                               localhost,       foo,                  localhost/foo",
        "localhost:5000/dockci/x3-webdav,             localhost:5000,  dockci/x3-webdav,     localhost:5000/dockci/x3-webdav",
        "127.0.0.1:5000/debian,                       127.0.0.1:5000,  debian,               127.0.0.1:5000/debian",
        "test-com:8080/foo,                           test-com:8080,   foo,                  test-com:8080/foo",
        "registry.example.com/team/sub/app,           registry.example.com, team/sub/app,    registry.example.com/team/sub/app",
        "Registry.Example.com/app,                    Registry.Example.com, app,             Registry.Example.com/app",
        "[::1]:5000/app,                              '[::1]:5000',    app,                  '[::1]:5000/app'",
    })
    void splitsTheDomainFromThePathAsDockerDoes(String written, String domain, String path, String familiarName) {
        ImageReference reference = ImageReference.of(written);
        assertEquals(domain, reference.domain());
        assertEquals(path, reference.path());
        assertEquals(domain + "/" + path, reference.name());
        assertEquals(familiarName, reference.familiarName());
    }

    @Test
    void aTagAndADigestAreKeptApartAndBothMayBeGiven() {
        ImageReference tagged = ImageReference.of("localhost:5000/dockci/x3-base:1.2.0");
        assertEquals(Optional.of("1.2.0"), tagged.tag());
        assertEquals(Optional.empty(), tagged.digest());
        assertEquals("localhost:5000/dockci/x3-base", tagged.name(), "the port's colon is no tag");

        ImageReference both = ImageReference.of("busybox:latest@" + DIGEST);
        assertEquals(Optional.of("latest"), both.tag());
        assertEquals(Optional.of(DIGEST), both.digest());
        assertEquals("docker.io/library/busybox:latest@" + DIGEST, both.toString());
        assertEquals("busybox:latest@" + DIGEST, both.familiar());

        ImageReference untagged = ImageReference.of("localhost:5000/x3-base");
        assertEquals(Optional.empty(), untagged.tag());
        assertEquals(Optional.empty(), untagged.digest());
    }

    @Test
    void theNormalisedAndFamiliarFormsNameTheSameRepository() {
        ImageReference familiar = ImageReference.of("debian:trixie-slim");
        assertEquals("docker.io/library/debian:trixie-slim", familiar.toString());
        assertEquals("debian:trixie-slim", familiar.familiar());
        assertTrue(familiar.onDockerHub());
        assertTrue(familiar.sameRepository(ImageReference.of("docker.io/library/debian@" + DIGEST)));
        assertFalse(familiar.sameRepository(ImageReference.of("localhost:5000/debian:trixie-slim")));
        assertFalse(ImageReference.of("localhost:5000/debian").onDockerHub());
    }

    @Test
    void withTagReplacesTagAndDigest() {
        assertEquals("localhost:5000/dockci/x3-base:1.0.0-dev.3f2c1ab", ImageReference
                .of("localhost:5000/dockci/x3-base:1@" + DIGEST).withTag("1.0.0-dev.3f2c1ab").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://github.com/docker/docker", "docker/Docker", "-docker", "-docker/docker",
        "docker///docker", "docker.io/docker/Docker", "docker-/docker", "____/____", "dock..er/docker", "docker/",
        "debian:", "debian:-1", "debian@sha256:short", "debian@md5:0123456789abcdef0123456789abcdef",
        "localhost:port/app", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void refusesWhatDockerRefuses(String written) {
        assertEquals(Optional.empty(), ImageReference.parse(written));
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> ImageReference.of(written));
        assertTrue(refusal.getMessage().startsWith("image reference '" + written + "': "), refusal.getMessage());
    }

    @Test
    void sayWhatIsWrongInDockersWords() {
        assertEquals("invalid reference format: repository name (library/Debian) must be lowercase",
                ImageReference.problem("Debian"));
        assertEquals("invalid repository name (" + "ab".repeat(32) + "), cannot specify 64-byte hexadecimal strings",
                ImageReference.problem("ab".repeat(32)));
        assertEquals("repository name must not be more than 255 characters",
                ImageReference.problem("a/" + "b".repeat(255)));
        assertEquals("invalid checksum digest length", ImageReference.problem("debian@sha256:" + "a".repeat(40)));
        assertNull(ImageReference.problem("docker.io/" + "ab".repeat(32)), "with a domain, a hex name is a name");
    }
}
