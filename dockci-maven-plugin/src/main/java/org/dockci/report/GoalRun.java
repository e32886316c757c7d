package org.dockci.report;

import java.time.Duration;
import java.time.Instant;

/**
 * One goal Maven ran in a module, and how it went.
 *
 * @param goal      {@code prefix:goal}, {@code docker:build}
 * @param execution the execution's id, {@code build-image}
 * @param step      the step of the timeline it belongs to; null for another goal
 * @param start     when it started
 * @param end       when it ended
 * @param succeeded whether it ended without failing the build
 */
public record GoalRun(String goal, String execution, Step step, Instant start, Instant end, boolean succeeded) {

    /** How long it ran. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
