package org.dockci.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dockci.registry.Credentials;
import org.dockci.registry.Manifest;
import org.dockci.registry.RegistryClient;
import org.dockci.registry.RegistryException;
import org.dockci.registry.RegistryImage;
import org.dockci.registry.TestImages;
import org.dockci.registry.TestRegistry;
import org.dockci.registry.TestTokenServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prune through Distribution's token authentication, for real: Debian's docker-registry (Distribution 2.8)
 * configured with {@code auth: token:} (realm, service, issuer, rootcertbundle) and a token server of the test's own
 * issuing RS256 JWTs signed by a key made with keytool. The images are pushed through the HTTP API before the
 * registry is restarted, on the same storage, with token authentication on.
 */
class PruneThroughTokenAuthTest {

    private static final String REPOSITORY = "dockci/app";
    private static final Credentials USER = new Credentials("ci", "s3cret-token-test");
    private static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path folder;

    private TestRegistry registry;
    private TestTokenServer tokens;
    private final List<String> candidates = new ArrayList<>();

    @BeforeEach
    void eightCandidatesAndAReleaseBehindTokenAuth() throws Exception {
        registry = TestRegistry.start(folder.resolve("registry"), true);
        TestImages images = new TestImages(registry.address());
        Manifest.Blob layer = images.layer(REPOSITORY, 1, 10_000);
        images.push(REPOSITORY, "1.0.0", layer, Map.of(Pruner.CREATED, START.toString()));
        for (int i = 1; i <= 8; i++) {
            String candidate = "1.0.1-dev.a00000" + i;
            candidates.add(candidate);
            images.push(REPOSITORY, candidate, layer, Map.of(Pruner.CREATED, START.plusSeconds(60L * i).toString()));
        }
        tokens = TestTokenServer.start(folder.resolve("tokens"), USER, 300);
        registry.requireTokens(tokens);
    }

    @AfterEach
    void stop() throws Exception {
        if (registry != null) {
            registry.close();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    /** Every candidate's commit is on main, which origin has: the newest 3 stay. */
    private static Pruner pruner(RegistryClient client) {
        return new Pruner(client, new RetentionPolicy(new RetentionRules(3, true), Set.of("main"),
                commit -> Optional.of(Set.of("main"))));
    }

    @Test
    void theRegistryWantsTokens() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + registry.address() + "/v2/" + REPOSITORY + "/tags/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer realm=\""
                + tokens.realm() + "\""), anonymous.headers().map().toString());
    }

    @Test
    void dryRunListsAndApplyDeletesThroughBearerTokensFetchedOncePerScope() {
        RegistryClient client = new RegistryClient(registry.address(), Optional.of(USER), true);
        assertEquals(List.of(REPOSITORY), client.repositories("dockci/"));
        RegistryImage release = client.image(REPOSITORY, "1.0.0").orElseThrow();
        assertEquals(START.toString(), release.labels().get(Pruner.CREATED));
        assertTrue(release.manifest().bytes() > 10_000, "config and layer: " + release.manifest().bytes());
        assertEquals(Optional.empty(), client.image(REPOSITORY, "no-such-tag"));
        Pruner pruner = pruner(client);

        ImagePlan plan = pruner.plan(REPOSITORY);

        Set<String> expectedDeleted = new TreeSet<>(candidates.subList(0, 5));
        assertEquals(expectedDeleted, plan.plan().deleted().stream().map(d -> d.tag().tag())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(5, plan.plan().digestsToDelete().size());
        assertEquals(9, client.tags(REPOSITORY).size(), "a dry run deletes nothing");

        assertEquals(5, pruner.apply(plan));

        Set<String> expectedKept = new TreeSet<>(candidates.subList(5, 8));
        expectedKept.add("1.0.0");
        assertEquals(expectedKept, new TreeSet<>(client.tags(REPOSITORY)));
        List<String> asked = tokens.scopesAsked();
        assertEquals(new HashSet<>(asked).size(), asked.size(), "one token per scope, kept for the next requests: "
                + asked);
        assertTrue(asked.contains("registry:catalog:*"), asked.toString());
        assertTrue(asked.contains("repository:" + REPOSITORY + ":pull"), asked.toString());
        assertEquals(List.of("registry:catalog:*", "repository:" + REPOSITORY + ":pull", "repository:" + REPOSITORY
                + ":delete"), asked, "catalog, reads, deletes: one token each");
    }

    @Test
    void wrongCredentialsAreAnErrorNamingTheRealmAndItsStatus() {
        RegistryClient client = new RegistryClient(registry.address(), Optional.of(new Credentials("ci", "wrong")), true);

        RegistryException refused = assertThrows(RegistryException.class, () -> pruner(client).plan(REPOSITORY));

        assertTrue(refused.getMessage().startsWith("token server " + tokens.realm() + " refused the credentials of ci"
                + " (HTTP 401 for repository:" + REPOSITORY + ":pull)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("<server> with <id>" + registry.address() + "</id>"),
                refused.getMessage());
        assertTrue(!refused.getMessage().contains("wrong"), "the password is never printed: " + refused.getMessage());
    }

    @Test
    void anonymousTokensReadButADeleteTheyDoNotGrantIsRefusedAndNothingIsDeleted() {
        RegistryClient anonymous = new RegistryClient(registry.address(), Optional.empty(), true);
        Pruner pruner = pruner(anonymous);
        ImagePlan plan = pruner.plan(REPOSITORY);
        assertEquals(5, plan.plan().digestsToDelete().size());

        RegistryException refused = assertThrows(RegistryException.class, () -> pruner.apply(plan));

        assertTrue(refused.getMessage().contains("refused the token " + tokens.realm() + " gave for repository:"
                + REPOSITORY), refused.getMessage());
        assertTrue(refused.getMessage().contains("does not grant anonymous access"), refused.getMessage());
        assertTrue(refused.getMessage().contains("nothing of " + REPOSITORY + " was deleted"), refused.getMessage());
        assertEquals(9, anonymous.tags(REPOSITORY).size());
    }

    @Test
    void aTokenRealmOverPlainHttpOffThisMachineIsRefusedBeforeAnyCredentialIsSent() throws Exception {
        String realm = "http://auth.example.org/token"; // never asked: refused before any request
        registry.requireTokens(tokens, realm);
        RegistryClient client = new RegistryClient(registry.address(), Optional.of(USER), true);

        RegistryException refused = assertThrows(RegistryException.class, () -> client.tags(REPOSITORY));

        assertEquals(registry.address() + " sends for tokens to " + realm + ", which is not HTTPS: dockci asks a token"
                + " server over plain HTTP on this machine's loopback only; give the token server TLS",
                refused.getMessage());
    }
}
