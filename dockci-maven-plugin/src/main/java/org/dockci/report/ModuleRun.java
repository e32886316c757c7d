package org.dockci.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code target/dockci/run.json}: what one build ran in one module, written when the module ends (passed or
 * failed), so that a report written later, by another Maven run, still knows it.
 *
 * @param module  the module's artifactId
 * @param build      when the Maven build that ran it started: the same for every module of one build
 * @param pipeline   the CI run the build was part of ({@code BuildId.ofRun}: Jenkins' {@code BUILD_TAG}, shared by
 *                   every Maven build of one run of the Jenkinsfile); empty outside CI
 * @param goals      the goals run, in order
 * @param failed     whether the module failed the build
 * @param failedGoal the goal that failed, {@code docker:start}; empty when none did
 * @param failure    the first line of the failure's message; empty when it passed
 */
public record ModuleRun(String module, Instant build, String pipeline, List<GoalRun> goals, boolean failed, String failedGoal,
        String failure) {

    public static final String NAME = "run.json";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** Keeps an unmodifiable copy. */
    public ModuleRun {
        goals = List.copyOf(goals);
    }

    /** Whether the goal of {@code step} ran, and passed. */
    public boolean passed(Step step) {
        return goals.stream().anyMatch(goal -> goal.step() == step && goal.succeeded());
    }

    /** Whether a goal of {@code step} started. */
    public boolean ran(Step step) {
        return goals.stream().anyMatch(goal -> goal.step() == step);
    }

    /** When the goal of {@code step} first started; the build's start when it did not run. */
    public Instant started(Step step) {
        return goals.stream().filter(goal -> goal.step() == step).map(GoalRun::start).findFirst().orElse(build);
    }

    /** Writes {@code directory/run.json}. */
    public void write(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) { // createDirectories throws and catches an exception when it exists
            Files.createDirectories(directory);
        }
        JSON.writeValue(directory.resolve(NAME).toFile(), this);
    }

    /** Reads {@code directory/run.json}. */
    public static ModuleRun read(Path directory) throws IOException {
        return JSON.readValue(directory.resolve(NAME).toFile(), ModuleRun.class);
    }
}
