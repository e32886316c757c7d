package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.lines;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GemInstallPinsVersionsTest {

    private final GemInstallPinsVersions rule = new GemInstallPinsVersions();

    @ParameterizedTest
    @ValueSource(strings = {"gem i bundler", "gem i bunlder:1 nokogiri", "gem install bundler",
        "gem install --no-document rails", "gem install -N rails:7.1.3 sass"})
    void unpinnedGemFires(String command) {
        assertEquals(List.of(2), lines(rule, "FROM ruby:3.3", "RUN " + command));
    }

    @Test
    void onbuildRunFiresAtTheOnbuild() {
        assertEquals(List.of(at(2, 13)), positions(rule, "FROM ruby:3.3", "ONBUILD RUN gem install bundler"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gem i bundler:1", "gem i bunlder:1 nokogirii:1", "gem install bundler:1",
        "gem install bundler -v '2.0.1'", "gem install bundler --version '2.0.1'",
        "gem install bundler --version='2.0.1'", "gem install bundler:2.0.1 -- --use-system-libraries=true",
        "gem install bundler:2.0.1 -- --use-system-libraries true",
        "gem install bundler:2.0.1 --use-system-libraries=true", "gem install -i /opt/gems bundler:2.0.1",
        "gem update --system", "gem list"})
    void pinnedGemsOrVersionOptionDoNotFire(String command) {
        assertEquals(List.of(), positions(rule, "FROM ruby:3.3", "RUN " + command));
    }
}
