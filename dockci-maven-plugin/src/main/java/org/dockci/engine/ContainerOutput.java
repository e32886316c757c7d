package org.dockci.engine;

/** What a throwaway container printed and how it ended. */
public record ContainerOutput(int exitCode, String stdout, String stderr) {
}
