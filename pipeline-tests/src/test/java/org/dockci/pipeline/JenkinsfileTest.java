package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GroovyShell;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * What the Jenkinsfile must hold (issue 5), checked on the real file; each check is also run on a copy broken
 * in the way it is meant to catch, so that a check that can no longer fail is noticed.
 */
class JenkinsfileTest {

    private static final Map<String, String> MAIN = Map.of("BRANCH_NAME", "main");
    private static final Map<String, String> FEATURE_BRANCH = Map.of("BRANCH_NAME", "feature/faster-webdav");
    private static final Map<String, String> OTHER_BRANCH = Map.of("BRANCH_NAME", "develop");
    private static final Map<String, String> MERGE_REQUEST = Map.of("BRANCH_NAME", "MR-7", "CHANGE_ID", "7",
            "CHANGE_TARGET", "main", "CHANGE_BRANCH", "feature/faster-webdav");
    // a merge request whose source branch is called main (from a fork): still not a release
    private static final Map<String, String> MERGE_REQUEST_NAMED_MAIN = Map.of("BRANCH_NAME", "main", "CHANGE_ID", "8");

    private static final String RELEASE_STAGE = "Release changed containers";
    private static final String REPORT = "scripts/run-report.sh";
    private static final String PRUNE_STAGE = "Prune registry";
    private static final Map<String, String> NIGHTLY_ON_MAIN = Map.of("BRANCH_NAME", "main", "DOCKCI_CHANGES", "refresh");
    private static final Map<String, String> PUSH_ON_MAIN = Map.of("BRANCH_NAME", "main", "DOCKCI_CHANGES", "auto");

    private static final String FAN_OUT = "scripts/fan-out.sh";
    private static final String SUITES = "scripts/self-tests.sh --suites";
    private static final String SINGLE_PATH = "./mvnw -B verify -Ddockci.changes=${DOCKCI_CHANGES:-auto} $(scripts/self-tests.sh)";
    private static final String SINGLE = "containers/x3-webdav\n";
    private static final String TWO_GROUPS = "containers/x3-webdav\ncontainers/x3-base,containers/x3-wiki\n";
    private static final String BOTH_SUITES = "dockci-maven-plugin,pipeline-tests";
    private static final String BUILD_TAG = "jenkins-dockers-main-42";

    /** Credentials as they look when pasted into a file. */
    private static final List<Pattern> CREDENTIAL_PATTERNS = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("\\b(glpat|gldt|ghp|gho|ghs|github_pat|xox[abps])[-_][A-Za-z0-9_-]{10,}"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("(?i)(password|passwd|secret|token|api[_-]?key)\\s*[=:]\\s*['\"]?[^\\s'\"$]{4,}"),
            Pattern.compile("[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@$]+@"),
            Pattern.compile("(^|\\s)(-u|--user)\\s+[^\\s:$]+:[^\\s$]+"));
    /** Named arguments that hold a secret themselves (not the name of a variable holding one). */
    private static final Pattern SECRET_ARGUMENT = Pattern.compile("(?i).*(password|secret|token|apikey|privatekey)");

    private static String original;
    private static Jenkinsfile jenkinsfile;

    @BeforeAll
    static void readJenkinsfile() throws IOException {
        original = Files.readString(RepositoryRoot.jenkinsfile());
        jenkinsfile = Jenkinsfile.parse(original);
    }

    // --- it is Groovy

    @Test
    void jenkinsfileCompilesAsGroovy() {
        // the whole compilation, class generation included, as Jenkins' CPS engine does before running it
        new GroovyShell().parse(original, "Jenkinsfile");
    }

    @Test
    void brokenGroovyIsRefusedWithItsLine() {
        String broken = original.replaceFirst("stage\\('Lint'\\) \\{", "stage('Lint') {{");
        assertThrows(CompilationFailedException.class, () -> new GroovyShell().parse(broken, "Jenkinsfile"));
        JenkinsfileException refused = assertThrows(JenkinsfileException.class, () -> Jenkinsfile.parse(broken));
        assertTrue(refused.getMessage().startsWith("Jenkinsfile:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("not Groovy"), refused.getMessage());
    }

    // --- agent, options, triggers

    @Test
    void runsOnAnAgentLabelledDocker() {
        assertAgentIsDocker(jenkinsfile);
    }

    @Test
    void anotherAgentLabelIsCaught() {
        assertCaught(() -> assertAgentIsDocker(mutated("label 'docker'", "label 'linux'")));
    }

    @Test
    void optionsHaveTimestampsTimeoutDiscarderNoConcurrencyAndTheGitLabConnection() {
        assertOptions(jenkinsfile);
    }

    @Test
    void missingOrWrongOptionsAreCaught() {
        assertCaught(() -> assertOptions(mutated("disableConcurrentBuilds()", "")));
        assertCaught(() -> assertOptions(mutated("gitLabConnection('gitlab')", "gitLabConnection('gitlab-test')")));
        assertCaught(() -> assertOptions(mutated("timestamps()", "")));
        assertCaught(() -> assertOptions(mutated("timeout(time: 60, unit: 'MINUTES')", "timeout(time: 60)")));
        assertCaught(() -> assertOptions(mutated("buildDiscarder(logRotator(numToKeepStr: '30'))", "")));
    }

    @Test
    void gitlabTriggerFiresOnPushesAndMergeRequestsOfAllBranchesWithASecretFromOutsideTheFile() {
        assertGitlabTrigger(jenkinsfile);
    }

    @Test
    void wrongGitlabTriggerIsCaught() {
        assertCaught(() -> assertGitlabTrigger(mutated("triggerOnPush: true", "triggerOnPush: false")));
        assertCaught(() -> assertGitlabTrigger(mutated("triggerOnMergeRequest: true, ", "")));
        assertCaught(() -> assertGitlabTrigger(mutated("branchFilterType: 'All'", "branchFilterType: 'NameBasedFilter'")));
        assertCaught(() -> assertGitlabTrigger(mutated("secretToken: env.GITLAB_WEBHOOK_TOKEN",
                "secretToken: 'a1b2c3d4e5f6'")));
        assertCaught(() -> assertGitlabTrigger(mutated("ciSkip: true", "ciSkip: false")));
    }

    // --- the nightly security refresh

    @Test
    void aNightlyRunOnMainBuildsInRefreshMode() {
        assertNightlyRefresh(jenkinsfile);
    }

    @Test
    void aMissingOrWrongNightlyRefreshIsCaught() {
        assertCaught(() -> assertNightlyRefresh(mutated("%DOCKCI_CHANGES=refresh", "%DOCKCI_CHANGES=auto")));
        assertCaught(() -> assertNightlyRefresh(mutated("env.BRANCH_NAME == 'main' ? ", "true ? ")));
        assertCaught(() -> assertNightlyRefresh(mutated("choices: ['auto', 'refresh']", "choices: ['refresh', 'auto']")));
        assertCaught(() -> assertNightlyRefresh(mutated("-Ddockci.changes=${DOCKCI_CHANGES:-auto}", "")));
    }

    private static void assertNightlyRefresh(Jenkinsfile file) {
        Step choice = file.parameter("DOCKCI_CHANGES").orElseThrow(() -> new AssertionFailedError("no DOCKCI_CHANGES parameter"));
        assertEquals("choice", choice.name());
        Value.ListOf choices = (Value.ListOf) choice.named("choices").orElseThrow();
        // the first choice is the default: a push builds what changed
        assertEquals(List.of(new Value.Literal("auto"), new Value.Literal("refresh")), choices.items());
        Step cron = file.trigger("parameterizedCron").orElseThrow(() -> new AssertionFailedError("no parameterizedCron"));
        String spec = cron.arguments().get(0) instanceof Value.Expression expression ? expression.text() : "";
        assertTrue(spec.contains("%DOCKCI_CHANGES=refresh"), "the nightly run is a refresh: " + spec);
        assertTrue(spec.replaceAll("[()]", "").startsWith("env.BRANCH_NAME == main ? "), "on main only: " + spec);
        assertTrue(stage(file, "Lint").shCommands().stream()
                .anyMatch(command -> command.contains("-Ddockci.changes=${DOCKCI_CHANGES:-auto}")),
                "detection in Lint, which the fan-out and the release read, takes the mode from the parameter");
        assertTrue(buildCommands(file, SINGLE).stream()
                .anyMatch(command -> command.contains("-Ddockci.changes=${DOCKCI_CHANGES:-auto}")),
                "the build takes the mode from the parameter");
        RecordingJenkins.Outcome fanOut = buildAndTest(file, TWO_GROUPS, BOTH_SUITES, Set.of());
        for (String branch : fanOut.branches()) {
            if (branch.startsWith("containers-")) {
                assertTrue(fanOut.commands(branch).stream()
                        .anyMatch(command -> command.contains("-Ddockci.changes=${DOCKCI_CHANGES:-auto}")),
                        "a fan-out branch takes the mode from the parameter: " + fanOut.commands(branch));
            }
        }
    }

    // --- stages

    @Test
    void stagesAreLintThenBuildAndTestThenRelease() {
        assertStages(jenkinsfile);
    }

    @Test
    void stagesInAnotherOrderAreCaught() {
        String swapped = original.replace("stage('Lint')", "stage('TEMP')")
                .replace("stage('Build & test')", "stage('Lint')").replace("stage('TEMP')", "stage('Build & test')");
        assertCaught(() -> assertStages(Jenkinsfile.parse(swapped)));
        assertCaught(() -> assertStages(mutated("sh './mvnw -B verify", "sh './mvnw -B package")));
    }

    // --- Build & test: here, or fanned out to other agents

    @Test
    void oneGroupOfChangedContainersOrNoneIsBuiltHereInOneReactor() {
        assertSinglePath(jenkinsfile);
    }

    @Test
    void aFanOutOfOneGroupIsCaught() {
        assertCaught(() -> assertSinglePath(mutated("(selfTests ? 1 : 0) < 2", "(selfTests ? 1 : 0) < 1")));
        assertCaught(() -> assertSinglePath(mutated("$(scripts/self-tests.sh)'", "'")));
    }

    @Test
    void severalGroupsAndTheSelfTestsFanOutOneBranchEachOnDockerAgents() {
        assertFanOut(jenkinsfile);
    }

    @Test
    void aFanOutThatIsNotOneBranchPerGroupOnItsOwnAgentWithTheLintStagesPluginIsCaught() {
        assertCaught(() -> assertFanOut(mutated("node('docker')", "node('linux')")));
        assertCaught(() -> assertFanOut(mutated("unstash 'plugin-repository'", "unstash 'plugin'")));
        assertCaught(() -> assertFanOut(mutated("checkout scm", "echo 'no checkout'")));
        assertCaught(() -> assertFanOut(mutated("-pl \"$DOCKCI_MODULES\"", "")));
        assertCaught(() -> assertFanOut(mutated("if (selfTests) {", "if (!selfTests) {")));
        assertCaught(() -> assertFanOut(mutated("String modules = groups[index]", "String modules = groups[0]")));
    }

    @Test
    void aBranchWithoutAnIdentityOfItsOwnOrWhoseReportsStayOnItsAgentIsCaught() {
        assertCaught(() -> assertFanOut(mutated("DOCKCI_BUILD_ID=${env.BUILD_TAG}/${name}", "DOCKCI_BUILD_ID=${env.BUILD_TAG}")));
        assertCaught(() -> assertFanOut(mutated("unstash \"reports-${name}\"", "echo \"reports-${name}\"")));
        assertCaught(() -> assertFanOut(mutated("${module}/target/failsafe-reports/**,", "")));
        assertCaught(() -> assertFanOut(mutated("stash name: \"reports-${name}\"", "stash name: \"reports\"")));
    }

    @Test
    void aFailedBranchStillSendsItsReportsAndCleansUpAndFailsTheStage() {
        assertFailedBranch(jenkinsfile);
    }

    @Test
    void aFailedBranchWhoseReportsOrCleanUpAreLostIsCaught() {
        assertCaught(() -> assertFailedBranch(mutated("    } finally {\n        // each branch's reports",
                "    } catch (IllegalStateException e) {\n        // each branch's reports")));
        assertCaught(() -> assertFailedBranch(mutated("            } finally {\n                stash name",
                "            } catch (IllegalStateException e) {\n                stash name")));
    }

    @Test
    void aBranchThatEndedBeforeSendingItsReportsKeepsItsOwnErrorAndTheOthersReports() {
        assertBranchWithoutReports(jenkinsfile);
    }

    @Test
    void anUnguardedTakingBackOfReportsThatHidesTheBranchsErrorIsCaught() {
        assertCaught(() -> assertBranchWithoutReports(mutated("try {\n                unstash \"reports-${name}\"\n",
                "unstash \"reports-${name}\"\n            try {\n")));
    }

    private static void assertSinglePath(Jenkinsfile file) {
        for (String groups : List.of("", "containers/x3-webdav\n", "containers/x3-base,containers/x3-wiki\n")) {
            RecordingJenkins.Outcome run = buildAndTest(file, groups, "", Set.of());
            assertEquals(List.of(FAN_OUT, SUITES, SINGLE_PATH), run.commands(PipelineRun.MAIN_AGENT), groups);
            assertEquals(List.of(), run.branches(), "no fan-out for " + groups);
            assertTrue(run.calls().stream().noneMatch(call -> call.step().equals("stash")), "nothing stashed: " + groups);
        }
        RecordingJenkins.Outcome selfTestsAlone = buildAndTest(file, "", BOTH_SUITES, Set.of());
        assertEquals(List.of(FAN_OUT, SUITES, SINGLE_PATH), selfTestsAlone.commands(PipelineRun.MAIN_AGENT));
        assertEquals(List.of(), selfTestsAlone.branches(), "dockci's own tests alone run here");
    }

    private static void assertFanOut(Jenkinsfile file) {
        RecordingJenkins.Outcome run = buildAndTest(file, TWO_GROUPS, BOTH_SUITES, Set.of());
        assertEquals(null, run.failure());
        List<RecordingJenkins.Call> main = run.on(PipelineRun.MAIN_AGENT);
        RecordingJenkins.Call pluginStash = single(main, "stash", "plugin-repository");
        assertTrue(matchesAnt(pluginStash.argument("includes"), "target/dockci/plugin-repository/org/dockci/x.jar"),
                "the Lint stage's plugin repository is stashed: " + pluginStash);
        assertEquals(3, run.branches().size(), "one branch per group and one for the self-tests: " + run.branches());
        Set<String> modules = new java.util.HashSet<>();
        Set<String> identities = new java.util.HashSet<>();
        for (String branch : run.branches()) {
            List<RecordingJenkins.Call> calls = run.on(branch);
            assertEquals("node", calls.get(0).step(), branch + " starts on an agent of its own: " + calls);
            assertEquals("docker", calls.get(0).argument("label"), branch + " runs on an agent labelled docker");
            assertEquals("checkout", calls.get(1).step(), branch + " checks the commit out first: " + calls);
            RecordingJenkins.Call unstash = single(calls, "unstash", "plugin-repository");
            List<RecordingJenkins.Call> builds = calls.stream().filter(call -> call.step().equals("sh")
                    && call.argument("script").startsWith("./mvnw -B verify")).toList();
            assertEquals(1, builds.size(), branch + " runs one Maven build: " + calls);
            RecordingJenkins.Call build = builds.get(0);
            assertTrue(calls.indexOf(unstash) < calls.indexOf(build), branch + " unstashes the plugin before its build");
            assertTrue(build.argument("script").matches(".* -pl \"(\\.,)?\\$DOCKCI_MODULES\".*"), branch
                    + " builds its own modules: " + build.argument("script"));
            String own = build.environment().get("DOCKCI_MODULES");
            modules.add(own);
            String identity = build.environment().getOrDefault("DOCKCI_BUILD_ID", "");
            assertTrue(identity.startsWith(BUILD_TAG + "/"), branch + " has an identity of its own within the run's: "
                    + identity);
            identities.add(identity);
            RecordingJenkins.Call reports = single(calls, "stash", "reports-" + branch);
            assertTrue(calls.indexOf(build) < calls.indexOf(reports), branch + " stashes its reports after its build");
            for (String module : own.split(",")) {
                for (String report : List.of("target/failsafe-reports/TEST-x.xml", "target/dockci/run.json",
                        "target/dockci/metadata.json", "target/surefire-reports/TEST-y.xml")) {
                    assertTrue(matchesAnt(reports.argument("includes"), module + "/" + report), branch + " sends "
                            + module + "/" + report + " back: " + reports);
                }
            }
            for (String notOwn : List.of("target/dockci/changes.txt", "target/dockci/plugin-repository/a.jar",
                    "containers/x3-other/target/failsafe-reports/TEST-x.xml")) {
                assertFalse(matchesAnt(reports.argument("includes"), notOwn), branch + " does not send " + notOwn);
            }
            RecordingJenkins.Call cleanup = calls.stream().filter(call -> call.step().equals("sh")
                    && call.argument("script").equals("scripts/remove-build-containers.sh")).findFirst()
                    .orElseThrow(() -> new AssertionFailedError(branch + " cleans up after itself: " + calls));
            assertEquals(identity, cleanup.environment().get("DOCKCI_BUILD_ID"), branch + " removes its own only");
            RecordingJenkins.Call back = single(main, "unstash", "reports-" + branch);
            assertTrue(run.indexOf(reports) < run.indexOf(back), "the first agent takes " + branch + "'s reports back");
            assertTrue(run.indexOf(pluginStash) < run.indexOf(calls.get(0)), "the plugin is stashed before the branches");
        }
        assertEquals(Set.of("containers/x3-webdav", "containers/x3-base,containers/x3-wiki", BOTH_SUITES), modules,
                "the branches build the groups fan-out.sh printed and the suites self-tests.sh named");
        assertEquals(3, identities.size(), "every branch has an identity of its own: " + identities);
    }

    private static void assertFailedBranch(Jenkinsfile file) {
        RecordingJenkins.Outcome clean = buildAndTest(file, TWO_GROUPS, "", Set.of());
        String failing = clean.commands(clean.branches().get(0)).stream().filter(command -> command.startsWith("./mvnw"))
                .findFirst().orElseThrow();
        RecordingJenkins.Outcome run = buildAndTest(file, TWO_GROUPS, "", Set.of(failing));
        assertTrue(run.failure() != null, "a failed branch fails Build & test");
        assertEquals(2, run.branches().size());
        for (String branch : run.branches()) {
            single(run.on(branch), "stash", "reports-" + branch);
            assertTrue(run.commands(branch).contains("scripts/remove-build-containers.sh"), branch + " cleans up");
            single(run.on(PipelineRun.MAIN_AGENT), "unstash", "reports-" + branch);
        }
    }

    private static void assertBranchWithoutReports(Jenkinsfile file) {
        List<String> branches = buildAndTest(file, TWO_GROUPS, "", Set.of()).branches();
        String lost = branches.get(0);
        String other = branches.get(1);
        RecordingJenkins.Outcome run = buildAndTest(file, TWO_GROUPS, "", Set.of("checkout " + lost));
        assertTrue(run.failure() != null && run.failure().getMessage().contains("checkout failed on " + lost),
                "the stage fails with the error that ended " + lost + ", not another one: " + run.failure());
        assertTrue(run.commands(other).stream().anyMatch(command -> command.startsWith("./mvnw")), other + " still ran");
        List<RecordingJenkins.Call> main = run.on(PipelineRun.MAIN_AGENT);
        single(main, "unstash", "reports-" + other);
        assertTrue(main.stream().anyMatch(call -> call.step().equals("echo")
                && call.argument("message").contains("no reports from " + lost)), "one line says " + lost
                + " sent no reports: " + main);
    }

    /** The steps Build &amp; test takes (dry run) when fan-out.sh prints {@code groups} and self-tests.sh {@code suites}. */
    private static RecordingJenkins.Outcome buildAndTest(Jenkinsfile file, String groups, String suites,
            Set<String> failing) {
        return RecordingJenkins.run(file, stage(file, "Build & test"), Map.of("BUILD_TAG", BUILD_TAG, "BRANCH_NAME", "main"),
                Map.of(FAN_OUT, groups, SUITES, suites), failing);
    }

    /** The {@code sh} commands Build &amp; test runs on the first agent with one group of containers. */
    private static List<String> buildCommands(Jenkinsfile file, String groups) {
        return buildAndTest(file, groups, "", Set.of()).commands(PipelineRun.MAIN_AGENT);
    }

    private static RecordingJenkins.Call single(List<RecordingJenkins.Call> calls, String step, String name) {
        List<RecordingJenkins.Call> found = calls.stream().filter(call -> call.step().equals(step)
                && call.argument("name").equals(name)).toList();
        assertEquals(1, found.size(), "one " + step + " '" + name + "' in " + calls);
        return found.get(0);
    }

    /** Whether Jenkins' comma-separated Ant patterns {@code patterns} take the file {@code path}. */
    private static boolean matchesAnt(String patterns, String path) {
        return List.of(patterns.split("\\s*,\\s*")).stream().filter(pattern -> !pattern.isBlank())
                .anyMatch(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(path)));
    }

    @Test
    void releaseRunsOnMainOnlyAndNeverForAMergeRequest() {
        assertReleaseOnlyOnMain(jenkinsfile);
    }

    @Test
    void releaseOnOtherBranchesOrForMergeRequestsIsCaught() {
        assertCaught(() -> assertReleaseOnlyOnMain(mutated("branch 'main'", "branch '*'")));
        assertCaught(() -> assertReleaseOnlyOnMain(mutated("not { changeRequest() }", "")));
        assertCaught(() -> assertReleaseOnlyOnMain(mutated("branch 'main'", "")));
    }

    @Test
    void theRegistryIsPrunedForRealByTheNightlyRunOnMainOnly() {
        assertPruneOnlyNightlyOnMain(jenkinsfile);
    }

    @Test
    void aPruneOnEveryPushOnAnotherBranchOrAsADryRunIsCaught() {
        assertCaught(() -> assertPruneOnlyNightlyOnMain(mutated("environment name: 'DOCKCI_CHANGES', value: 'refresh'", "")));
        assertCaught(() -> assertPruneOnlyNightlyOnMain(mutated("""
                            branch 'main'
                            not { changeRequest() }
                            environment name""", "environment name")));
        assertCaught(() -> assertPruneOnlyNightlyOnMain(mutated("scripts/prune-registry.sh -Ddockci.prune.apply=true",
                "scripts/prune-registry.sh")));
    }

    private static void assertPruneOnlyNightlyOnMain(Jenkinsfile file) {
        Stage prune = stage(file, PRUNE_STAGE);
        assertTrue(WhenConditions.hold(prune.when(), NIGHTLY_ON_MAIN), "prune in the nightly run on main");
        assertFalse(WhenConditions.hold(prune.when(), PUSH_ON_MAIN), "no prune on every push");
        assertFalse(WhenConditions.hold(prune.when(), Map.of("BRANCH_NAME", "feature/x", "DOCKCI_CHANGES", "refresh")),
                "no prune from a feature branch");
        Map<String, String> mergeRequest = new java.util.HashMap<>(NIGHTLY_ON_MAIN);
        mergeRequest.put("CHANGE_ID", "8");
        assertFalse(WhenConditions.hold(prune.when(), mergeRequest), "no prune for a merge request");
        assertEquals(List.of("scripts/prune-registry.sh -Ddockci.prune.apply=true"), prune.shCommands());
    }

    @Test
    void everyScriptAStepRunsIsInTheRepositoryAndExecutable() {
        assertScriptsExist(jenkinsfile);
    }

    @Test
    void aStepRunningAMissingScriptIsCaught() {
        assertCaught(() -> assertScriptsExist(mutated("sh 'scripts/release-changed.sh'", "sh 'scripts/release-all.sh'")));
    }

    // --- post

    @Test
    void postPublishesTestReportsArchivesDetectionAndCleansUp() {
        assertPostAlways(jenkinsfile);
    }

    @Test
    void missingReportsArchiveOrCleanupAreCaught() {
        assertCaught(() -> assertPostAlways(mutated("'**/target/failsafe-reports/TEST-*.xml'", "'**/target/it/*.xml'")));
        assertCaught(() -> assertPostAlways(mutated("junit testResults: '**/target/dockci/TEST-*.xml', allowEmptyResults: true",
                "")));
        assertCaught(() -> assertPostAlways(mutated("'**/target/dockci/**'", "'**/target/*.jar'")));
        assertCaught(() -> assertPostAlways(mutated("sh 'scripts/remove-build-containers.sh'", "echo 'bye'")));
    }

    @Test
    void postWritesTheRunReportOfEveryBuildBeforeArchivingIt() {
        assertRunReport(jenkinsfile);
    }

    @Test
    void aMissingFragileOrUnarchivedRunReportIsCaught() {
        String step = "sh script: 'scripts/run-report.sh', returnStatus: true";
        assertCaught(() -> assertRunReport(mutated(step, "echo 'no report'")));
        assertCaught(() -> assertRunReport(mutated(", returnStatus: true", "")));
        assertCaught(() -> assertRunReport(mutated("'**/target/dockci/**'", "'**/target/dockci/*.xml'")));
        String archive = "archiveArtifacts artifacts: '**/target/dockci/**', allowEmptyArchive: true";
        assertCaught(() -> assertRunReport(Jenkinsfile.parse(original.replace(archive, "ARCHIVE").replace(step,
                archive + "\n            " + step).replace("ARCHIVE", ""))));
    }

    @Test
    void mergeRequestsGetTheReportAsANote() {
        assertMergeRequestNote(jenkinsfile);
    }

    @Test
    void aNoteOnEveryBuildOrOfTheWrongFileIsCaught() {
        String condition = "(env.CHANGE_ID || env.gitlabMergeRequestIid) && fileExists('target/dockci/report.md')";
        assertCaught(() -> assertMergeRequestNote(mutated(condition, "fileExists('target/dockci/report.md')")));
        assertCaught(() -> assertMergeRequestNote(mutated(condition, "env.CHANGE_ID || env.gitlabMergeRequestIid")));
        assertCaught(() -> assertMergeRequestNote(mutated(condition, "env.CHANGE_ID && fileExists('target/dockci/report.md')")));
        assertCaught(() -> assertMergeRequestNote(mutated("readFile(file: 'target/dockci/report.md')",
                "readFile(file: 'target/dockci/report.html')")));
        assertCaught(() -> assertMergeRequestNote(mutated("addGitLabMRComment comment:", "echo")));
    }

    @Test
    void gitlabCommitStatusGoesRunningThenSuccessOrFailed() {
        assertCommitStatus(jenkinsfile);
    }

    @Test
    void wrongCommitStatusesAreCaught() {
        assertCaught(() -> assertCommitStatus(mutated("state: 'failed'", "state: 'success'")));
        assertCaught(() -> assertCommitStatus(mutated("updateGitlabCommitStatus name: 'dockci', state: 'running'", "")));
        assertCaught(() -> assertCommitStatus(mutated("state: 'success'", "state: 'running'")));
        assertCaught(() -> assertCommitStatus(mutated("name: 'dockci', state: 'failed'", "name: 'dockci-ci', state: 'failed'")));
    }

    // --- no secrets

    @Test
    void noCredentialIsWrittenInTheFile() {
        assertNoCredentials(jenkinsfile);
    }

    @Test
    void credentialsPastedIntoTheFileAreCaught() {
        assertCaught(() -> assertNoCredentials(mutated("secretToken: env.GITLAB_WEBHOOK_TOKEN",
                "secretToken: 'Zk3r9aQ1'")));
        assertCaught(() -> assertNoCredentials(mutated("sh 'scripts/release-changed.sh'",
                "sh 'curl -u admin:hunter22 http://127.0.0.1:5000/v2/'")));
        assertCaught(() -> assertNoCredentials(mutated("sh 'scripts/release-changed.sh'",
                "sh 'git push https://ci:glpat-AbCdEfGhIjKlMnOp@gitlab.example/x.git'")));
        assertCaught(() -> assertNoCredentials(mutated("sh 'scripts/release-changed.sh'",
                "sh 'echo \"-----BEGIN OPENSSH PRIVATE KEY-----\" > id'")));
        assertCaught(() -> assertNoCredentials(mutated("sh 'scripts/release-changed.sh'",
                "sh \"REGISTRY_PASSWORD=s3cr3tpw ${env.X} scripts/release-changed.sh\"")));
    }

    // --- the checks

    private static void assertAgentIsDocker(Jenkinsfile file) {
        assertEquals(Optional.of("docker"), file.agentLabel());
    }

    private static void assertOptions(Jenkinsfile file) {
        assertTrue(file.option("timestamps").isPresent(), "timestamps()");
        Step timeout = file.option("timeout").orElseThrow(() -> new AssertionFailedError("no timeout option"));
        assertTrue(timeout.named("time").isPresent() && timeout.named("unit").isPresent(), "timeout(time:, unit:)");
        Step discarder = file.option("buildDiscarder").orElseThrow(() -> new AssertionFailedError("no buildDiscarder"));
        assertTrue(discarder.arguments().get(0) instanceof Step rotator && rotator.name().equals("logRotator"),
                "buildDiscarder(logRotator(...))");
        Step noConcurrency = file.option("disableConcurrentBuilds")
                .orElseThrow(() -> new AssertionFailedError("no disableConcurrentBuilds()"));
        assertTrue(noConcurrency.arguments().isEmpty() && noConcurrency.namedArguments().isEmpty());
        Step connection = file.option("gitLabConnection").orElseThrow(() -> new AssertionFailedError("no gitLabConnection"));
        assertEquals("gitlab", connection.arguments().get(0).asString());
    }

    private static void assertGitlabTrigger(Jenkinsfile file) {
        Step gitlab = file.trigger("gitlab").orElseThrow(() -> new AssertionFailedError("no gitlab trigger"));
        assertEquals(Optional.of(new Value.Literal(true)), gitlab.named("triggerOnPush"));
        assertEquals(Optional.of(new Value.Literal(true)), gitlab.named("triggerOnMergeRequest"));
        assertEquals(Optional.of(new Value.Literal("All")), gitlab.named("branchFilterType"));
        // the release commits carry [ci skip]: the push of a release starts no build
        assertEquals(Optional.of(new Value.Literal(true)), gitlab.named("ciSkip"));
        Value token = gitlab.named("secretToken").orElseThrow(() -> new AssertionFailedError("no secretToken"));
        assertTrue(token instanceof Value.Expression, "secretToken must come from outside the file, is " + token);
    }

    private static void assertStages(Jenkinsfile file) {
        assertEquals(List.of("Lint", "Build & test", RELEASE_STAGE, PRUNE_STAGE), file.stageNames());
        assertTrue(stage(file, "Lint").shCommands().stream().anyMatch(command -> command.startsWith("./mvnw ")));
        assertEquals(List.of(FAN_OUT, SUITES, SINGLE_PATH), buildCommands(file, SINGLE));
        // the release runs after the whole of Build & test, fan-out included, on the first agent (its work tree holds
        // the commit tested and changes.txt)
        assertEquals(List.of("scripts/release-changed.sh"), stage(file, RELEASE_STAGE).shCommands());
        assertTrue(stage(file, RELEASE_STAGE).steps().stream().flatMap(step -> step.allSteps().stream())
                .noneMatch(step -> step.name().equals("node")), "the release runs on the first agent");
    }

    private static void assertReleaseOnlyOnMain(Jenkinsfile file) {
        for (String name : List.of("Lint", "Build & test")) {
            Stage everyBuild = stage(file, name);
            for (Map<String, String> build : List.of(MAIN, FEATURE_BRANCH, OTHER_BRANCH, MERGE_REQUEST)) {
                assertTrue(WhenConditions.hold(everyBuild.when(), build), name + " runs for " + build);
            }
        }
        Stage release = stage(file, RELEASE_STAGE);
        assertTrue(WhenConditions.hold(release.when(), MAIN), "release on main");
        assertFalse(WhenConditions.hold(release.when(), FEATURE_BRANCH), "no release on a feature branch");
        assertFalse(WhenConditions.hold(release.when(), OTHER_BRANCH), "no release on another branch");
        assertFalse(WhenConditions.hold(release.when(), MERGE_REQUEST), "no release for a merge request");
        assertFalse(WhenConditions.hold(release.when(), MERGE_REQUEST_NAMED_MAIN), "no release for an MR from main");
        assertFalse(WhenConditions.hold(release.when(), Map.of()), "no release without BRANCH_NAME");
    }

    private static void assertScriptsExist(Jenkinsfile file) {
        Path root = RepositoryRoot.path();
        List<String> commands = new ArrayList<>();
        file.stages().forEach(stage -> commands.addAll(stage.shCommands()));
        commands.addAll(buildCommands(file, SINGLE));
        RecordingJenkins.Outcome fanOut = buildAndTest(file, TWO_GROUPS, BOTH_SUITES, Set.of());
        fanOut.calls().stream().filter(call -> call.step().equals("sh")).forEach(call -> commands.add(call.argument("script")));
        file.post().keySet().forEach(condition -> commands.addAll(file.postShCommands(condition)));
        assertFalse(commands.isEmpty());
        for (String command : commands) {
            String program = command.strip().split("\\s+")[0];
            if (program.contains("/")) {
                Path script = root.resolve(program).normalize();
                assertTrue(Files.isRegularFile(script) && Files.isExecutable(script),
                        "'" + command + "' runs " + program + ", which is not an executable file of the repository");
            }
        }
    }

    private static void assertPostAlways(Jenkinsfile file) {
        List<Step> always = file.post("always");
        List<String> patterns = new ArrayList<>();
        for (Step junit : always.stream().filter(step -> step.name().equals("junit")).toList()) {
            String reports = junit.named("testResults").orElseThrow(() -> new AssertionFailedError("junit testResults"))
                    .asString();
            patterns.addAll(List.of(reports.split("\\s*,\\s*")));
            // a failed stage leaves some reports out: that must not hide the failure behind a junit error
            assertEquals(Optional.of(new Value.Literal(true)), junit.named("allowEmptyResults"));
        }
        for (String expected : List.of("**/target/surefire-reports/TEST-*.xml", "**/target/failsafe-reports/TEST-*.xml",
                "**/target/dockci/TEST-*.xml")) {
            assertTrue(patterns.contains(expected), "junit publishes " + expected + ": " + patterns);
        }
        Step archive = single(always, "archiveArtifacts");
        assertEquals("**/target/dockci/**", archive.named("artifacts").map(Value::asString).orElse(null));
        assertEquals(List.of("scripts/remove-build-containers.sh", REPORT), file.postShCommands("always"));
    }

    private static void assertRunReport(Jenkinsfile file) {
        List<Step> always = file.post("always");
        List<Step> report = always.stream().filter(step -> step.name().equals("sh")
                && step.named("script").filter(Value::isStringLiteral).map(Value::asString).filter(REPORT::equals)
                .isPresent()).toList();
        assertEquals(1, report.size(), "post always runs " + REPORT + " once, with sh script: …");
        // a build that could not write its report still archives and cleans up
        assertEquals(Optional.of(new Value.Literal(true)), report.get(0).named("returnStatus"));
        Step archive = single(always, "archiveArtifacts");
        assertTrue(always.indexOf(report.get(0)) < always.indexOf(archive), "the report is written before the archive");
        PathMatcher archived = FileSystems.getDefault().getPathMatcher("glob:{" + archive.named("artifacts")
                .map(Value::asString).orElse("") + "," + archive.named("artifacts").map(Value::asString).orElse("")
                .replace("**/", "") + "}");
        for (String written : List.of("target/dockci/report.html", "target/dockci/report.md")) {
            assertTrue(archived.matches(Path.of(written)), "the archive holds " + written);
        }
    }

    private static void assertMergeRequestNote(Jenkinsfile file) {
        List<Step> scripts = file.post("always").stream().filter(step -> step.name().equals("script")).toList();
        assertEquals(1, scripts.size(), "one script block in post always");
        Step condition = single(scripts.get(0).body(), "if");
        String test = ((Value.Expression) condition.arguments().get(0)).text();
        assertTrue(notes(test, MERGE_REQUEST, true), "a merge request (multibranch) gets the note: " + test);
        assertTrue(notes(test, Map.of("BRANCH_NAME", "feature/x", "gitlabMergeRequestIid", "7"), true),
                "a merge request (GitLab trigger) gets the note: " + test);
        for (Map<String, String> build : List.of(MAIN, FEATURE_BRANCH, OTHER_BRANCH)) {
            assertFalse(notes(test, build, true), "no note for " + build + ": " + test);
        }
        assertFalse(notes(test, MERGE_REQUEST, false), "no note without a report (readFile would fail the post)");
        Step comment = single(condition.body(), "addGitLabMRComment");
        Step read = (Step) comment.named("comment").orElseThrow(() -> new AssertionFailedError("addGitLabMRComment comment:"));
        assertEquals("readFile", read.name());
        assertEquals("target/dockci/report.md", read.named("file").map(Value::asString).orElse(null));
    }

    /** Whether the {@code if} condition {@code test} holds, evaluated by Groovy as Jenkins would, for {@code env}. */
    private static boolean notes(String test, Map<String, String> env, boolean reportWritten) {
        Binding binding = new Binding();
        binding.setVariable("env", new HashMap<>(env));
        binding.setVariable("fileExists", new Closure<Boolean>(null) {
            @Override
            public Boolean call(Object... arguments) {
                assertEquals(List.of("target/dockci/report.md"), List.of(arguments));
                return reportWritten;
            }
        });
        return DefaultTypeTransformation.castToBoolean(new GroovyShell(binding).evaluate(test));
    }

    private static void assertCommitStatus(Jenkinsfile file) {
        Step first = file.stages().get(0).steps().get(0);
        assertEquals("updateGitlabCommitStatus", first.name(), "the first step says the build is running");
        assertEquals("running", first.named("state").map(Value::asString).orElse(null));
        assertEquals("success", single(file.post("success"), "updateGitlabCommitStatus").named("state")
                .map(Value::asString).orElse(null));
        assertEquals("failed", single(file.post("failure"), "updateGitlabCommitStatus").named("state")
                .map(Value::asString).orElse(null));
        // GitLab shows one status per name: every update must name the same one (.groovylintrc.json says why)
        List<Value> names = file.allSteps().stream().filter(step -> step.name().equals("updateGitlabCommitStatus"))
                .map(step -> step.named("name").orElse(null)).distinct().toList();
        assertEquals(1, names.size(), "one commit status name: " + names);
    }

    private static void assertNoCredentials(Jenkinsfile file) {
        for (StringConstant string : file.strings()) {
            for (Pattern credential : CREDENTIAL_PATTERNS) {
                if (credential.matcher(string.value()).find()) {
                    fail("Jenkinsfile:" + string.line() + ": looks like a credential (" + credential + "): "
                            + string.value());
                }
            }
        }
        for (Step step : file.allSteps()) {
            step.namedArguments().forEach((name, value) -> {
                if (SECRET_ARGUMENT.matcher(name).matches() && !(value instanceof Value.Expression)) {
                    fail("Jenkinsfile:" + step.line() + ": " + step.name() + "(" + name + ": …) is written in the"
                            + " file; take it from a Jenkins credential or the environment");
                }
            });
        }
    }

    // --- helpers

    private static Stage stage(Jenkinsfile file, String name) {
        return file.stage(name).orElseThrow(() -> new AssertionFailedError("no stage '" + name + "'"));
    }

    private static Step single(List<Step> steps, String name) {
        List<Step> found = steps.stream().filter(step -> step.name().equals(name)).toList();
        assertEquals(1, found.size(), "one " + name + " step in " + steps.stream().map(Step::name).toList());
        return found.get(0);
    }

    /** The real Jenkinsfile with {@code from} replaced: it must be there, and the copy must still parse. */
    private static Jenkinsfile mutated(String from, String to) {
        assertTrue(original.contains(from), "the Jenkinsfile no longer contains " + from + ": update this test");
        return Jenkinsfile.parse(original.replace(from, to));
    }

    private static void assertCaught(Runnable check) {
        assertThrows(AssertionFailedError.class, check::run, "the check did not catch the broken Jenkinsfile");
    }
}
