package org.dockci.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code sh} steps of a Jenkinsfile run for real, as Jenkins would run them: stage by stage in order, a
 * stage whose {@code when} does not hold skipped, a failing step failing its stage and skipping the stages
 * after it; then the {@code post} steps: {@code always}, then {@code success} or {@code failure}, then
 * {@code cleanup}. Each command runs with bash in the work folder; its output goes to a log file of its own.
 * Steps other than {@code sh} (junit, archiveArtifacts, updateGitlabCommitStatus) belong to Jenkins and
 * are not run. A stage whose {@code script} block calls the file's own functions is run by Groovy
 * ({@link JenkinsScript}) with {@link WorkTreeJenkins}: its {@code sh} steps for real, {@code stash} and
 * {@code unstash} as file copies, each {@code node} of a {@code parallel} branch in a work tree of its own
 * (another "agent", next to the work folder), the branches at once.
 *
 * @param steps       the commands run, in the order they ended
 * @param ranStages   the stages whose steps ran (the failed one included)
 * @param failedStage the stage whose command failed, if one did
 * @param agents      the work trees of the agents the parallel branches ran on, by branch; empty without a fan-out
 */
record PipelineRun(List<StepRun> steps, List<String> ranStages, Optional<String> failedStage, Map<String, Path> agents) {

    static final Duration STEP_TIMEOUT = Duration.ofMinutes(20);

    /** The agent the stages themselves run on. */
    static final String MAIN_AGENT = "main";

    /** One {@code sh} command, where it ran ({@link #MAIN_AGENT} or a parallel branch), how it went, when and how long. */
    record StepRun(String stage, String agent, String command, ProcessRun process, Instant started, Duration took) {

        /** When it ended. */
        Instant ended() {
            return started.plus(took);
        }
    }

    /** Runs {@code jenkinsfile}'s commands in {@code workDirectory} with {@code environment} as their whole environment. */
    static PipelineRun run(Jenkinsfile jenkinsfile, Path workDirectory, Map<String, String> environment, Path logs)
            throws IOException {
        Files.createDirectories(logs);
        List<StepRun> steps = Collections.synchronizedList(new ArrayList<>());
        List<String> ranStages = new ArrayList<>();
        Map<String, Path> agents = new LinkedHashMap<>();
        Optional<String> failed = Optional.empty();
        for (Stage stage : jenkinsfile.stages()) {
            if (failed.isPresent() || !WhenConditions.hold(stage.when(), environment)) {
                continue;
            }
            ranStages.add(stage.name());
            List<Function> functions = jenkinsfile.functionsRunBy(stage);
            if (!functions.isEmpty()) {
                WorkTreeJenkins jenkins = new WorkTreeJenkins(stage.name(), workDirectory, logs, steps);
                try {
                    JenkinsScript.run(jenkinsfile, functions, new JenkinsScript.Place(MAIN_AGENT, workDirectory,
                            environment), jenkins);
                } catch (JenkinsScript.StepFailure e) {
                    failed = Optional.of(stage.name());
                } catch (RuntimeException e) {
                    // a step the run could not play (a clone that failed, a stash it could not copy): the stage fails,
                    // post still cleans up, and the test sees why
                    System.err.println("PipelineRun: stage " + stage.name() + " broke off: " + e);
                    e.printStackTrace();
                    failed = Optional.of(stage.name());
                } finally {
                    agents.putAll(jenkins.agents());
                }
                continue;
            }
            for (String command : stage.shCommands()) {
                StepRun step = sh(stage.name(), MAIN_AGENT, command, workDirectory, environment, logs, steps.size(), false);
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
                steps.add(sh("post " + condition, MAIN_AGENT, command, workDirectory, environment, logs, steps.size(),
                        false));
            }
        }
        // a step that could not even run leaves no record
        return new PipelineRun(steps.stream().filter(Objects::nonNull).toList(), ranStages, failed, agents);
    }

    /**
     * Runs {@code command} as Jenkins' {@code sh} does, with bash -xe: the command is echoed and the first failing line
     * fails the step. With {@code returnStdout} its standard output goes to a file of its own ({@code .out} next to the
     * log), as the step returns it, and only its standard error to the log.
     */
    static StepRun sh(String stage, String agent, String command, Path workDirectory, Map<String, String> environment,
            Path logs, int index, boolean returnStdout) {
        String name = String.format("%02d-%s%s.log", index + 1, stage.replaceAll("[^A-Za-z0-9]+", "-"),
                agent.equals(MAIN_AGENT) ? "" : "-" + agent);
        Path log = logs.resolve(name);
        List<String> bash = returnStdout
                ? List.of("bash", "-c", "bash -xe -c \"$1\" > \"$2\"", "bash", command, log + ".out")
                : List.of("bash", "-xe", "-c", command);
        Instant started = Instant.now();
        long start = System.nanoTime();
        ProcessRun process = ProcessRun.run(bash, workDirectory, environment, STEP_TIMEOUT, log);
        return new StepRun(stage, agent, command, process, started, Duration.ofNanos(System.nanoTime() - start));
    }

    /** What a {@code returnStdout} step printed on its standard output. */
    static String stdout(StepRun step) {
        try {
            return Files.readString(Path.of(step.process().log() + ".out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runs of the steps of {@code stage}, in order. */
    List<StepRun> stepsOf(String stage) {
        return steps.stream().filter(step -> step.stage().equals(stage)).toList();
    }

    /** The runs of the steps of {@code stage} on {@code agent}, in order. */
    List<StepRun> stepsOf(String stage, String agent) {
        return stepsOf(stage).stream().filter(step -> step.agent().equals(agent)).toList();
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
            summary.append(String.format("  [%s%s] %s -> exit %d (%s)%n", step.stage(),
                    step.agent().equals(MAIN_AGENT) ? "" : " on " + step.agent(), step.command(),
                    step.process().exitCode(), step.process().log()));
        }
        failedStage.ifPresent(stage -> stepsOf(stage).stream().filter(step -> !step.process().succeeded()).findFirst()
                .ifPresent(failing -> summary.append("end of the failing step's output:\n")
                        .append(failing.process().outputTail(60))));
        return summary.toString();
    }
}
