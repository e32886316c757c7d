package org.dockci.pipeline;

/** A string written in the Jenkinsfile (a literal, or the constant parts of a GString), and its line. */
public record StringConstant(String value, int line) {
}
