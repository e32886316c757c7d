package org.dockci.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerChallengeTest {

    @Test
    void distributionsChallengeGivesRealmServiceAndScopeWithItsCommas() {
        assertEquals(Optional.of(new BearerChallenge("https://auth.example.org/token", Optional.of("registry.example.org"),
                        Optional.of("repository:dockci/app:pull,delete"))),
                BearerChallenge.parse("Bearer realm=\"https://auth.example.org/token\",service=\"registry.example.org\","
                        + "scope=\"repository:dockci/app:pull,delete\",error=\"insufficient_scope\""));
    }

    @Test
    void unquotedValuesSpacesAndCaseAreRead() {
        assertEquals(Optional.of(new BearerChallenge("http://127.0.0.1:5001/token", Optional.empty(), Optional.empty())),
                BearerChallenge.parse("bearer Realm = http://127.0.0.1:5001/token"));
    }

    @Test
    void basicOrARealmlessChallengeIsNoBearerChallenge() {
        assertEquals(Optional.empty(), BearerChallenge.parse("Basic realm=\"Registry Realm\""));
        assertEquals(Optional.empty(), BearerChallenge.parse("Bearer service=\"registry\""));
    }
}
