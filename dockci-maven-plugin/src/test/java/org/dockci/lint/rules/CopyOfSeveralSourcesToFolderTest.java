package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyOfSeveralSourcesToFolderTest {

    private final CopyOfSeveralSourcesToFolder rule = new CopyOfSeveralSourcesToFolder();

    @ParameterizedTest
    @ValueSource(strings = {"COPY foo bar baz", "COPY foo bar \"baz\"", "COPY a b c /opt/app",
        "COPY [\"foo\", \"bar\", \"/baz\"]"})
    void severalSourcesToAFileAreReported(String copy) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", copy));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COPY foo bar baz/", "COPY foo bar \"baz/\"", "COPY [\"foo\", \"bar\", \"/baz/\"]"})
    void severalSourcesToAFolderAreFine(String copy) {
        assertEquals(List.of(), positions(rule, "FROM debian:12", copy));
    }

    @Test
    void oneSourceToAFileIsFine() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY foo bar"));
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY --chown=app foo /opt/bar"));
    }

    @Test
    void heredocCountsAsASource() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "COPY <<EOF notes.txt /opt/motd",
                "hello", "EOF"));
    }

    @Test
    void addIsNotChecked() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "ADD a.tar b.tar /opt/app"));
    }
}
