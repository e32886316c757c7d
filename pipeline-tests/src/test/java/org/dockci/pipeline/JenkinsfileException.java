package org.dockci.pipeline;

/** The Jenkinsfile is not Groovy, or not a declarative pipeline this reader understands; names the line. */
public final class JenkinsfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem at {@code line} (from 1; 0 when no line applies). */
    public JenkinsfileException(int line, String message) {
        super(line > 0 ? "Jenkinsfile:" + line + ": " + message : "Jenkinsfile: " + message);
    }
}
