package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** .dockerignore patterns, matched as Docker's pattern matcher does. */
class DockerIgnoreTest {

    @Test
    void starAndQuestionMarkStayWithinAName() {
        DockerIgnore ignore = DockerIgnore.parse("*.log\nbuild/?.o\n");

        assertTrue(ignore.excludes("app.log"));
        assertFalse(ignore.excludes("logs/app.log"));
        assertTrue(ignore.excludes("build/a.o"));
        assertFalse(ignore.excludes("build/ab.o"));
    }

    @Test
    void doubleStarCrossesFolders() {
        DockerIgnore ignore = DockerIgnore.parse("**/*.pem\nnode_modules/**\n");

        assertTrue(ignore.excludes("tls.pem"));
        assertTrue(ignore.excludes("a/b/tls.pem"));
        assertTrue(ignore.excludes("node_modules/x/index.js"));
    }

    @Test
    void aMatchedFolderLeavesOutWhatItHolds() {
        DockerIgnore ignore = DockerIgnore.parse("/secrets/\n./target\n");

        assertTrue(ignore.excludes("secrets/id_rsa"));
        assertTrue(ignore.excludes("target/classes/App.class"));
        assertFalse(ignore.excludes("src/secrets.txt"));
    }

    @Test
    void lastMatchingPatternDecides() {
        DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\nREADME*\n");

        assertTrue(ignore.excludes("CHANGES.md"));
        assertTrue(ignore.excludes("README.md"));
        assertFalse(DockerIgnore.parse("*.md\n!README.md\n").excludes("README.md"));
    }

    @Test
    void commentsBlankLinesEscapesAndBrokenPatterns() {
        DockerIgnore ignore = DockerIgnore.parse("# *.txt\n\n  spaced.txt  \nweird\\*name\n[unclosed\n");

        assertFalse(ignore.excludes("a.txt"));
        assertTrue(ignore.excludes("spaced.txt"));
        assertTrue(ignore.excludes("weird*name"));
        assertFalse(ignore.excludes("weirdXname"));
        assertTrue(ignore.excludes("[unclosed"));
    }
}
