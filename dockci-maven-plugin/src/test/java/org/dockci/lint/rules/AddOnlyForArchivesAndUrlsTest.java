package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddOnlyForArchivesAndUrlsTest {

    private final AddOnlyForArchivesAndUrls rule = new AddOnlyForArchivesAndUrls();

    @ParameterizedTest
    @ValueSource(strings = {"file", "file.zip", "\"file.zip\"", "src/", "app.jar"})
    void addOfAPlainFileIsReported(String source) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "ADD " + source + " /usr/src/app/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file.tar", "file.gz", "file.bz2", "file.xz", "file.tgz", "\"file.tgz\"", "file.Z"})
    void addOfAnArchiveIsFine(String source) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ADD " + source + " /usr/src/app/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/file", "https://example.com/tool.zip", "\"http://example.com\""})
    void addOfAUrlIsFine(String source) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ADD " + source + " /usr/src/app/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"git@github.com:moby/buildkit.git", "git://example.com/repo.git"})
    void addOfAGitRepositoryIsFine(String source) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ADD " + source + " /src/"));
    }

    @Test
    void oneFileAmongArchivesIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "ADD a.tar.gz notes.txt /opt/"));
    }

    @Test
    void addInExecFormIsCheckedToo() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "ADD [\"config.yml\", \"/etc/app/\"]"));
    }

    @Test
    void addOfAHeredocIsReported() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "ADD <<EOF /etc/motd", "hello", "EOF"));
    }

    @Test
    void copyIsNotChecked() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY file /usr/src/app/"));
    }
}
