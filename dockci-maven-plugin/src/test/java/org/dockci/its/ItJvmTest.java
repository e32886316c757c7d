package org.dockci.its;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ItJvmTest {

    @Test
    void aSerialBuildRunsTheItsInMavensJvm() {
        assertEquals(ItJvm.MAVEN, ItJvm.forBuild(false));
        assertEquals("0", ItJvm.forBuild(false).forkCount());
    }

    @Test
    void aParallelBuildForksOneJvmPerModule() {
        assertEquals(ItJvm.FORKED, ItJvm.forBuild(true));
        assertEquals("1", ItJvm.forBuild(true).forkCount());
    }
}
