package org.dockci.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code sh} steps of a Jenkinsfile run for real, as Jenkins would run them: stage by stage in order, a
 * stage whose {@code when} does not hold skipped, a failing step failing its stage and skipping the stages
 * after it; then the {@code post} steps: {@code always}, then {@code success} or {@code failure}, then
 * {@code cleanup}. Each command runs with bash in the work folder; its output goes to a log file of its own.
 * Steps other than {@code sh} (junit, archiveArtifacts, updateGitlabCommitStatus) belong to Jenkins and
 * are not run.
 *
 * @param steps       the commands run, in order
 * @param ranStages   the stages whose steps ran (the failed one included)
 * @param failedStage the stage whose command failed, if one did
 */
record PipelineRun(List<StepRun> steps, List<String> ranStages, Optional<String> failedStage) {

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(20);

    /** One {@code sh} command, how it went and how long it took. */
    record StepRun(String stage, String command, ProcessRun process, Duration took) {
    }

    /** Runs {@code jenkinsfile}'s commands in {@code workDirectory} with {@code environment} as their whole environment. */
    static PipelineRun run(Jenkinsfile jenkinsfile, Path workDirectory, Map<String, String> environment, Path logs)
            throws IOException {
        Files.createDirectories(logs);
        List<StepRun> steps = new ArrayList<>();
        List<String> ranStages = new ArrayList<>();
        Optional<String> failed = Optional.empty();
        for (Stage stage : jenkinsfile.stages()) {
            if (failed.isPresent() || !WhenConditions.hold(stage.when(), environment)) {
                continue;
            }
            ranStages.add(stage.name());
            for (String command : stage.shCommands()) {
                StepRun step = sh(stage.name(), command, workDirectory, environment, logs, steps.size());
                steps.add(step);
                if (!step.process().succeeded()) {
                    failed = Optional.of(stage.name());
                    break;
                }
            }
        }
        List<String> postConditions = List.of("always", failed.isPresent() ? "failure" : "success", "cleanup");
        for (String condition : postConditions) {
            for (String command : jenkinsfile.postShCommands(condition)) {
                steps.add(sh("post " + condition, command, workDirectory, environment, logs, steps.size()));
            }
        }
        return new PipelineRun(steps, ranStages, failed);
    }

    private static StepRun sh(String stage, String command, Path workDirectory, Map<String, String> environment,
            Path logs, int index) {
        String name = String.format("%02d-%s.log", index + 1, stage.replaceAll("[^A-Za-z0-9]+", "-"));
        // Jenkins' sh runs the script with -xe: the command is echoed and the first failing line fails the step
        long start = System.nanoTime();
        ProcessRun process = ProcessRun.run(List.of("bash", "-xe", "-c", command), workDirectory, environment,
                STEP_TIMEOUT, logs.resolve(name));
        return new StepRun(stage, command, process, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The runs of the steps of {@code stage}, in order. */
    List<StepRun> stepsOf(String stage) {
        return steps.stream().filter(step -> step.stage().equals(stage)).toList();
    }

    /** How long the steps of {@code stage} took together (zero when it did not run). */
    Duration durationOf(String stage) {
        return stepsOf(stage).stream().map(StepRun::took).reduce(Duration.ZERO, Duration::plus);
    }

    /** All the output of the steps of {@code stage}. */
    String outputOf(String stage) {
        StringBuilder output = new StringBuilder();
        stepsOf(stage).forEach(step -> output.append(step.process().output()));
        return output.toString();
    }

    /** Each step with its exit code and log, for failure messages. */
    String summary() {
        StringBuilder summary = new StringBuilder();
        for (StepRun step : steps) {
            summary.append(String.format("  [%s] %s -> exit %d (%s)%n", step.stage(), step.command(),
                    step.process().exitCode(), step.process().log()));
        }
        failedStage.ifPresent(stage -> {
            StepRun failing = stepsOf(stage).get(stepsOf(stage).size() - 1);
            summary.append("end of the failing step's output:\n").append(failing.process().outputTail(60));
        });
        return summary.toString();
    }
}
