package org.dockci.lint.rules;

import static org.dockci.lint.rules.RuleCheck.at;
import static org.dockci.lint.rules.RuleCheck.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopiedArchiveIsNotExtractedTest {

    private final CopiedArchiveIsNotExtracted rule = new CopiedArchiveIsNotExtracted();

    @Test
    void archiveCopiedThenExtractedFiresAtTheCopy() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12",
                "COPY packaged-app.tar /usr/src/app", "RUN tar -xf /usr/src/app/packaged-app.tar"));
    }

    @Test
    void extractionAmongOtherCommandsAfterOtherInstructionsFires() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "COPY packaged-app.tar /usr/src/app",
                "WORKDIR /usr/src/app", "RUN foo bar && echo something && tar -xf packaged-app.tar"));
    }

    @Test
    void archiveCopiedUnderAnotherNameIsKnownByThatName() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12",
                "COPY foo/bar/packaged-app.tar /foo.tar", "RUN tar -xf /foo.tar"));
    }

    @Test
    void windowsPathsAreMatchedByFileName() {
        String windows = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n";
        assertEquals(List.of(at(3, 1)), positions(rule, windows
                + "COPY [\"build\\\\foo\\\\bar.tar.gz\", \"C:\\\\Program Files\\\\Foo\\\\\"]\n"
                + "RUN tar -xf \"C:\\Program Files\\Foo\\bar.tar.gz\"\n"));
        assertEquals(List.of(at(3, 1)), positions(rule, windows
                + "COPY [\"build\\\\foo\\\\bar.tar.gz\", \"C:\\\\Program Files\\\\foo.tar.gz\"]\n"
                + "RUN tar -xf foo.tar.gz\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar --extract -f app.tar.gz", "tar xzf app.tar.gz", "tar -C /opt -xzf app.tar.gz",
        "gunzip app.tar.gz", "unzip app.tar.gz -d /opt"})
    void everyWayOfExtractingFires(String command) {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12", "COPY app.tar.gz /tmp/", "RUN " + command));
    }

    @Test
    void aCopyOfTwoExtractedArchivesFiresOnce() {
        assertEquals(List.of(at(2, 1)), positions(rule, "FROM debian:12",
                "COPY a.tar b.tgz /tmp/", "RUN tar -xf /tmp/a.tar && tar -xzf /tmp/b.tgz"));
    }

    @Test
    void archiveNotExtractedOrExtractedInAnotherStageDoesNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12", "COPY packaged-app.tar /usr/src/app",
                "RUN tar -tf /usr/src/app/packaged-app.tar", "FROM debian:12 AS newstage",
                "RUN tar -xf packaged-app.tar"));
    }

    @Test
    void nonArchivesCopiesFromStagesAndAddDoNotFire() {
        assertEquals(List.of(), positions(rule, "FROM debian:12 AS builder", "RUN make",
                "FROM debian:12", "COPY package.json /usr/src/app", "RUN unzip package.json",
                "COPY --from=builder /usr/local/share/some.tar /opt/some.tar", "RUN tar -xf /opt/some.tar",
                "ADD app.tar /opt/", "RUN tar -xf app.tar", "RUN tar --exclude=x -cf out.tar /opt"));
    }

    @Test
    void onbuildRunsAreNotChecked() {
        assertEquals(List.of(),
                positions(rule, "FROM debian:12", "COPY app.tar /tmp/", "ONBUILD RUN tar -xf /tmp/app.tar"));
    }
}
