package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import groovy.lang.GroovyShell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.codehaus.groovy.control.CompilationFailedException;
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
    private static final String PRUNE_STAGE = "Prune registry";
    private static final Map<String, String> NIGHTLY_ON_MAIN = Map.of("BRANCH_NAME", "main", "DOCKCI_CHANGES", "refresh");
    private static final Map<String, String> PUSH_ON_MAIN = Map.of("BRANCH_NAME", "main", "DOCKCI_CHANGES", "auto");

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
        assertTrue(stage(file, "Build & test").shCommands().stream()
                .anyMatch(command -> command.contains("-Ddockci.changes=${DOCKCI_CHANGES:-auto}")),
                "the build takes the mode from the parameter");
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
        assertEquals(List.of("./mvnw -B verify -Ddockci.changes=${DOCKCI_CHANGES:-auto} $(scripts/self-tests.sh)"),
                stage(file, "Build & test").shCommands());
        assertEquals(List.of("scripts/release-changed.sh"), stage(file, RELEASE_STAGE).shCommands());
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
        assertEquals(List.of("scripts/remove-build-containers.sh"), file.postShCommands("always"));
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
