package org.dockci.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jenkins' steps recorded, not run: what the Jenkinsfile's functions would do, in order, on which agent and with which
 * environment, for the checks of their structure ({@link JenkinsfileTest}). A {@code sh} step gives the output it is
 * told to for its command (empty otherwise), and fails when its command is among the failing ones; {@code checkout}
 * fails on an agent named among them as {@code checkout <agent>}; {@code unstash} of a name nothing stashed fails as
 * Jenkins fails it.
 */
final class RecordingJenkins implements JenkinsScript.Jenkins {

    /** One step: the agent it ran on ({@code main} or a parallel branch's), its name, its arguments, its environment. */
    record Call(String agent, String step, Map<String, String> arguments, Map<String, String> environment) {

        String argument(String name) {
            return arguments.getOrDefault(name, "");
        }
    }

    private final Map<String, String> outputs;
    private final Set<String> failing;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> stashed = ConcurrentHashMap.newKeySet();

    RecordingJenkins(Map<String, String> outputs, Set<String> failing) {
        this.outputs = Map.copyOf(outputs);
        this.failing = Set.copyOf(failing);
    }

    /** Runs the functions {@code stage} calls, from an agent whose environment is {@code environment}; the calls made. */
    static Outcome run(Jenkinsfile jenkinsfile, Stage stage, Map<String, String> environment, Map<String, String> outputs,
            Set<String> failing) {
        RecordingJenkins jenkins = new RecordingJenkins(outputs, failing);
        JenkinsScript.StepFailure failure = null;
        try {
            JenkinsScript.run(jenkinsfile, jenkinsfile.functionsRunBy(stage), new JenkinsScript.Place(PipelineRun.MAIN_AGENT,
                    Path.of("/workspace/dockers"), environment), jenkins);
        } catch (JenkinsScript.StepFailure e) {
            failure = e;
        }
        return new Outcome(List.copyOf(jenkins.calls), failure);
    }

    /** The calls made, in order, and the step failure that ended the run, if one did. */
    record Outcome(List<Call> calls, JenkinsScript.StepFailure failure) {

        /** The calls made on {@code agent}, in order. */
        List<Call> on(String agent) {
            return calls.stream().filter(call -> call.agent().equals(agent)).toList();
        }

        /** The agents of the parallel branches, in the order they first did something. */
        List<String> branches() {
            return calls.stream().map(Call::agent).filter(agent -> !agent.equals(PipelineRun.MAIN_AGENT)).distinct()
                    .toList();
        }

        /** The scripts of the {@code sh} steps on {@code agent}, in order. */
        List<String> commands(String agent) {
            return on(agent).stream().filter(call -> call.step().equals("sh")).map(call -> call.argument("script"))
                    .toList();
        }

        /** Where {@code call} is among all the calls. */
        int indexOf(Call call) {
            return calls.indexOf(call);
        }
    }

    private void record(JenkinsScript.Place place, String step, Map<String, String> arguments) {
        calls.add(new Call(place.agent(), step, Collections.unmodifiableMap(new LinkedHashMap<>(arguments)),
                place.environment()));
    }

    @Override
    public JenkinsScript.ShResult sh(JenkinsScript.Place place, String script, boolean returnStdout) {
        record(place, "sh", Map.of("script", script));
        return new JenkinsScript.ShResult(failing.contains(script) ? 1 : 0, outputs.getOrDefault(script, ""));
    }

    @Override
    public void stash(JenkinsScript.Place place, String name, String includes, String excludes, boolean allowEmpty) {
        record(place, "stash", Map.of("name", name, "includes", includes, "excludes", excludes,
                "allowEmpty", Boolean.toString(allowEmpty)));
        stashed.add(name);
    }

    @Override
    public void unstash(JenkinsScript.Place place, String name) {
        record(place, "unstash", Map.of("name", name));
        if (!stashed.contains(name)) {
            throw new JenkinsScript.StepFailure("No such saved stash '" + name + "'");
        }
    }

    @Override
    public JenkinsScript.Place node(JenkinsScript.Place from, String label, String branch) {
        Map<String, String> environment = new HashMap<>(from.environment());
        JenkinsScript.Place agent = new JenkinsScript.Place(branch, Path.of("/workspace/dockers@" + branch), environment);
        record(agent, "node", Map.of("label", label));
        return agent;
    }

    @Override
    public void checkout(JenkinsScript.Place place) {
        record(place, "checkout", Map.of());
        if (failing.contains("checkout " + place.agent())) {
            throw new JenkinsScript.StepFailure("checkout failed on " + place.agent() + ": couldn't find remote ref");
        }
    }

    @Override
    public void echo(JenkinsScript.Place place, String message) {
        record(place, "echo", Map.of("message", message));
    }
}
