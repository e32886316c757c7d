package org.dockci.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

    /**
     * Writes {@code directory/run.json}. As a JSON tree, field by field, not through Jackson's binding of records: a
     * build writes a hundred of these once each, and the binding's set-up for the record and its times cost more than
     * the writing (bench/detect.sh).
     */
    public void write(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) { // createDirectories throws and catches an exception when it exists
            Files.createDirectories(directory);
        }
        ObjectNode json = JSON.createObjectNode().put("module", module).put("build", build.toString())
                .put("pipeline", pipeline);
        ArrayNode goalsJson = json.putArray("goals");
        for (GoalRun goal : goals) {
            goalsJson.addObject().put("goal", goal.goal()).put("execution", goal.execution())
                    .put("step", goal.step() == null ? null : goal.step().name()).put("start", goal.start().toString())
                    .put("end", goal.end().toString()).put("succeeded", goal.succeeded());
        }
        json.put("failed", failed).put("failedGoal", failedGoal).put("failure", failure);
        JSON.writeValue(directory.resolve(NAME).toFile(), json);
    }

    /** Reads {@code directory/run.json}, as {@link #write} writes it. */
    public static ModuleRun read(Path directory) throws IOException {
        Path file = directory.resolve(NAME);
        JsonNode json = JSON.readTree(file.toFile());
        try {
            List<GoalRun> goals = new ArrayList<>();
            for (JsonNode goal : json.path("goals")) {
                goals.add(new GoalRun(goal.path("goal").asText(), goal.path("execution").asText(),
                        goal.path("step").isTextual() ? Step.valueOf(goal.path("step").asText()) : null,
                        Instant.parse(goal.path("start").asText()), Instant.parse(goal.path("end").asText()),
                        goal.path("succeeded").asBoolean()));
            }
            return new ModuleRun(json.path("module").asText(), Instant.parse(json.path("build").asText()),
                    json.path("pipeline").asText(""), goals, json.path("failed").asBoolean(),
                    json.path("failedGoal").asText(""), json.path("failure").asText(""));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IOException(file + " is not a run record of dockci: " + e.getMessage(), e);
        }
    }
}
