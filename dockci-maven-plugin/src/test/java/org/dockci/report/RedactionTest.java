package org.dockci.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void urlsLoseTheirUserAndPassword() {
        assertEquals("git clone https://gitlab.example/x.git and ssh://host/y",
                Redaction.urlsOnly().apply("git clone https://ci:glpat-123456789@gitlab.example/x.git and ssh://git@host/y"));
    }

    @Test
    void knownSecretsAreHiddenWhereverTheyAppearLongestFirst() {
        Redaction redaction = new Redaction(List.of("s3cret", "s3cret-and-more"));
        assertEquals("a **** b ****", redaction.apply("a s3cret-and-more b s3cret"));
    }

    @Test
    void shortOrMissingValuesAreNotSecrets() {
        Redaction redaction = new Redaction(Arrays.asList(null, "", "ab", "x"));
        assertEquals("ab x", redaction.apply("ab x"));
    }

    @Test
    void secretNamedVariablesAreSecretsAndOthersAreNot() {
        assertEquals(List.of("pw-123"), Redaction.secretValues(Map.of("REGISTRY_PASSWORD", "pw-123", "HOME", "/root")));
        assertEquals(3, Redaction.secretValues(Map.of("GITLAB_TOKEN", "t", "AWS_SECRET_ACCESS_KEY", "k",
                "DOCKCI_API_KEY", "a", "PATH", "/bin")).size());
    }
}
