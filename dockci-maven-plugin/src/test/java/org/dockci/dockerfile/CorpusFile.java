package org.dockci.dockerfile;

import java.util.Optional;

/**
 * One Dockerfile of the verdict corpus: its name (folder and file, or the generated case's name),
 * its text, whether today's BuildKit accepts it, and why Docker 20.10 cannot confirm that, if so.
 */
record CorpusFile(String name, String content, boolean valid, Optional<String> buildkitOnlyReason) {

    /** True when Docker 20.10's classic builder can confirm the verdict. */
    boolean comparedWithDocker() {
        return buildkitOnlyReason.isEmpty();
    }

    /** The verdict as a word, for messages. */
    String verdict() {
        return valid ? "valid" : "invalid";
    }

    @Override
    public String toString() {
        return name;
    }
}
