package org.dockci.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A stage of the pipeline.
 *
 * @param name  its name, {@code Build & test}
 * @param when  the conditions of its {@code when} block (all must hold); empty when it always runs
 * @param steps the calls of its {@code steps} block, in order
 * @param line  where it starts in the file
 */
public record Stage(String name, List<Step> when, List<Step> steps, int line) {

    /** Keeps unmodifiable copies. */
    public Stage {
        when = List.copyOf(when);
        steps = List.copyOf(steps);
    }

    /** The scripts of its {@code sh} steps, in order, those inside {@code withCredentials} included. */
    public List<String> shCommands() {
        return shCommands(steps);
    }

    /**
     * The scripts of the {@code sh} steps among {@code steps}, in order. Only {@code withCredentials} is looked
     * into, and a {@code script} block holding no {@code sh} is passed over: any other step with a body ({@code dir},
     * {@code withEnv}, a {@code script} running commands) changes how its commands run, which a plain list of
     * commands cannot tell, so it is refused rather than flattened.
     */
    static List<String> shCommands(List<Step> steps) {
        List<String> commands = new ArrayList<>();
        for (Step step : steps) {
            if (step.name().equals("sh")) {
                Value script = step.arguments().isEmpty() ? step.named("script").orElse(null) : step.arguments().get(0);
                if (script == null || !script.isStringLiteral()) {
                    throw new JenkinsfileException(step.line(), "sh without a literal script: " + script);
                }
                commands.add(script.asString());
            } else if (step.name().equals("withCredentials")) {
                commands.addAll(shCommands(step.body()));
            } else if (!step.body().isEmpty() && !scriptWithoutCommands(step)) {
                throw new JenkinsfileException(step.line(), "'" + step.name()
                        + "' has a body: only withCredentials, and script without sh, are read for their sh steps");
            }
        }
        return commands;
    }

    /** A {@code script} block that runs no {@code sh} (posting a merge-request note, say). */
    private static boolean scriptWithoutCommands(Step step) {
        return step.name().equals("script") && step.allSteps().stream().noneMatch(inner -> inner.name().equals("sh"));
    }
}
