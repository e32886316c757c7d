package org.dockci.its;

/**
 * Where a container module's ITs run. One module at a time (a serial build): in Maven's own JVM, which saves a JVM
 * start per module; failsafe sets the module's ports as system properties for the run and restores them after. In a
 * parallel build ({@code -T 2}) several modules test at once, and system properties belong to the whole JVM: each
 * module's ITs get a JVM of their own, whose system properties are that module's service alone (failsafe refuses
 * {@code forkCount 0} in a parallel build anyway).
 */
public enum ItJvm {

    /** Maven's own JVM: failsafe's {@code forkCount 0}. */
    MAVEN,

    /** One JVM of their own per module: failsafe's {@code forkCount 1}. */
    FORKED;

    /** The project property failsafe's {@code forkCount} is configured with (containers/pom.xml). */
    public static final String FORK_COUNT_PROPERTY = "dockci.it.forkCount";

    /** Where the ITs run in a build that builds modules in parallel or not. */
    public static ItJvm forBuild(boolean parallel) {
        return parallel ? FORKED : MAVEN;
    }

    /** failsafe's {@code forkCount} for this. */
    public String forkCount() {
        return this == MAVEN ? "0" : "1";
    }
}
