package org.dockci.mojo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.dockci.report.GoalRun;
import org.dockci.report.Step;
import org.junit.jupiter.api.Test;

class BuildRecorderTest {

    private static GoalRun goal(Step step, boolean succeeded) {
        return new GoalRun("any:goal", "default", step, Instant.EPOCH, Instant.EPOCH, succeeded);
    }

    @Test
    void failsafeFailingAfterStartLeavesTheContainerRunning() {
        assertTrue(BuildRecorder.startedAndNotStopped(List.of(goal(Step.BUILD, true), goal(Step.START, true),
                goal(Step.TESTS, false))));
    }

    @Test
    void aStoppedModuleHasNothingLeft() {
        assertFalse(BuildRecorder.startedAndNotStopped(List.of(goal(Step.START, true), goal(Step.TESTS, true),
                goal(Step.STOP, true), goal(Step.TESTS, false))));
    }

    @Test
    void aModuleThatNeverStartedHasNothingLeft() {
        assertFalse(BuildRecorder.startedAndNotStopped(List.of(goal(Step.LINT, true), goal(Step.BUILD, false))));
        assertFalse(BuildRecorder.startedAndNotStopped(List.of(goal(null, true))));
    }
}
