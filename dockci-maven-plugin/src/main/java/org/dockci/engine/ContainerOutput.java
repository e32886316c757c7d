package org.dockci.engine;

/**
 * What a throwaway container printed and how it ended.
 *
 * @param timedOut whether it outlived its timeout and was stopped (its exit code is then 124)
 */
public record ContainerOutput(int exitCode, String stdout, String stderr, boolean timedOut) {

    /** A container that ended by itself. */
    public ContainerOutput(int exitCode, String stdout, String stderr) {
        this(exitCode, stdout, stderr, false);
    }
}
