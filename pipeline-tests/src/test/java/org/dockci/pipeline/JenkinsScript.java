package org.dockci.pipeline;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.InvokerInvocationException;

/**
 * The Jenkinsfile's own functions run by plain Groovy (not Jenkins' CPS engine, whose limits on closures and
 * iterators are not reproduced), with the Jenkins steps they call
 * ({@code sh}, {@code stash}, {@code unstash}, {@code parallel}, {@code node}, {@code checkout}, {@code withEnv},
 * {@code env}) played by a {@link Jenkins}: the real commands in real work trees for the end-to-end runs
 * ({@link PipelineRun}), a record of the calls for the checks of the fan-out's structure ({@link JenkinsfileTest}).
 * Their own logic (a loop, a condition, {@code try}/{@code finally}) is Groovy's, as written.
 *
 * <p>{@code parallel} runs its branches at once, one thread each, and fails, once they have all ended, with the first
 * failure, as Jenkins does without {@code failFast}. A branch's {@code node} is another agent: a work tree of its own.
 */
public abstract class JenkinsScript extends Script {

    /** Where a step runs: the agent's name ({@code main}, or a branch's), its work tree, and its environment. */
    public record Place(String agent, Path workTree, Map<String, String> environment) {

        /** Keeps an unmodifiable copy. */
        public Place {
            environment = Collections.unmodifiableMap(new HashMap<>(environment));
        }

        Place with(Map<String, String> more) {
            Map<String, String> merged = new HashMap<>(environment);
            merged.putAll(more);
            return new Place(agent, workTree, merged);
        }
    }

    /** What Jenkins does for each step. */
    public interface Jenkins {

        /** {@code sh}: the exit code, and the output when asked for (returnStdout); an exit code other than 0 fails it. */
        ShResult sh(Place place, String script, boolean returnStdout);

        void stash(Place place, String name, String includes, String excludes, boolean allowEmpty);

        void unstash(Place place, String name);

        /** {@code node(label)}, in {@code branch} (the name its parallel branch has): a work tree on another agent. */
        Place node(Place from, String label, String branch);

        /** {@code checkout scm}: the run's commit in the agent's work tree. */
        void checkout(Place place);

        /** {@code echo}: a line of the run's log. */
        void echo(Place place, String message);
    }

    /** What a {@code sh} step gave back. */
    public record ShResult(int exitCode, String output) {
    }

    /** A {@code sh} step that failed, as Jenkins fails it. */
    public static final class StepFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StepFailure(String message) {
            super(message);
        }
    }

    private static final String JENKINS = "dockci.jenkins";

    /** The classes compiled, by source: the checks run the same functions many times. */
    private static final Map<String, Class<? extends Script>> COMPILED = new ConcurrentHashMap<>();

    /** The place of the step being run, per thread: a parallel branch runs in a thread of its own. */
    private final ThreadLocal<Place> place = new ThreadLocal<>();
    private final ThreadLocal<String> branch = ThreadLocal.withInitial(() -> "main");

    /**
     * Runs {@code functions} of {@code jenkinsfile} one after the other, in {@code main}, with {@code jenkins} doing the
     * steps; a failing step's {@link StepFailure} (or the script's own error) is thrown.
     */
    public static void run(Jenkinsfile jenkinsfile, List<Function> functions, Place main, Jenkins jenkins) {
        StringBuilder source = new StringBuilder();
        jenkinsfile.functions().values().forEach(function -> source.append(function.source()).append("\n\n"));
        functions.forEach(function -> source.append(function.name()).append("()\n"));
        Binding binding = new Binding();
        binding.setVariable(JENKINS, jenkins);
        JenkinsScript script = (JenkinsScript) InvokerHelper.createScript(COMPILED.computeIfAbsent(source.toString(),
                JenkinsScript::compile), binding);
        script.place.set(main);
        try {
            script.run();
        } catch (InvokerInvocationException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static Class<? extends Script> compile(String source) {
        CompilerConfiguration configuration = new CompilerConfiguration();
        configuration.setScriptBaseClass(JenkinsScript.class.getName());
        return new GroovyShell(JenkinsScript.class.getClassLoader(), new Binding(), configuration)
                .parse(source, "Jenkinsfile").getClass();
    }

    private Jenkins jenkins() {
        return (Jenkins) getBinding().getVariable(JENKINS);
    }

    private Place here() {
        return place.get();
    }

    // --- the steps

    /** {@code env.NAME}: the environment of the step being run. */
    public Map<String, String> getEnv() {
        return here().environment();
    }

    /** {@code scm}: what {@code checkout} checks out, the run's commit. */
    public String getScm() {
        return "scm";
    }

    public Object sh(String script) {
        return sh(Map.of("script", script));
    }

    public Object sh(Map<String, Object> arguments) {
        String script = String.valueOf(arguments.get("script"));
        boolean returnStdout = Boolean.TRUE.equals(arguments.get("returnStdout"));
        boolean returnStatus = Boolean.TRUE.equals(arguments.get("returnStatus"));
        ShResult result = jenkins().sh(here(), script, returnStdout);
        if (returnStatus) {
            return result.exitCode();
        }
        if (result.exitCode() != 0) {
            throw new StepFailure("script returned exit code " + result.exitCode() + " (" + here().agent() + "): " + script);
        }
        return returnStdout ? result.output() : null;
    }

    public void stash(Map<String, Object> arguments) {
        jenkins().stash(here(), String.valueOf(arguments.get("name")), String.valueOf(arguments.get("includes")),
                arguments.containsKey("excludes") ? String.valueOf(arguments.get("excludes")) : "",
                Boolean.TRUE.equals(arguments.get("allowEmpty")));
    }

    public void unstash(Object name) {
        jenkins().unstash(here(), String.valueOf(name));
    }

    public void checkout(Object scm) {
        jenkins().checkout(here());
    }

    public void echo(Object message) {
        jenkins().echo(here(), String.valueOf(message));
    }

    public Object node(String label, Closure<?> body) {
        Place before = here();
        place.set(jenkins().node(before, label, branch.get()));
        try {
            return body.call();
        } finally {
            place.set(before);
        }
    }

    public Object withEnv(List<Object> variables, Closure<?> body) {
        Map<String, String> more = new LinkedHashMap<>();
        for (Object variable : variables) {
            String[] pair = String.valueOf(variable).split("=", 2);
            more.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        Place before = here();
        place.set(before.with(more));
        try {
            return body.call();
        } finally {
            place.set(before);
        }
    }

    /** Every branch at once, one thread each; when all have ended, the first failure, if any, fails the step. */
    public void parallel(Map<String, Closure<?>> branches) {
        Place from = here();
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, branches.size()));
        try {
            List<Future<?>> running = new ArrayList<>();
            branches.forEach((name, body) -> running.add(threads.submit(() -> {
                place.set(from);
                branch.set(name);
                body.call();
            })));
            RuntimeException first = null;
            for (Future<?> each : running) {
                try {
                    each.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() instanceof InvokerInvocationException invoker ? invoker.getCause()
                            : e.getCause();
                    if (first == null) {
                        first = cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the branches ran", e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
