package org.dockci.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JenkinsfileReaderTest {

    private static Jenkinsfile pipeline(String stages) {
        return Jenkinsfile.parse("pipeline {\n  agent { label 'linux' }\n  stages {\n" + stages + "\n  }\n}\n");
    }

    @Test
    void readsAgentOptionsTriggersAndTheirNamedArguments() {
        Jenkinsfile file = Jenkinsfile.parse("""
                pipeline {
                    agent { label 'docker' }
                    options {
                        timeout(time: 5, unit: 'MINUTES')
                        buildDiscarder(logRotator(numToKeepStr: '3'))
                    }
                    triggers { gitlab(triggerOnPush: true, secretToken: env.TOKEN) }
                    stages { stage('A') { steps { sh 'true' } } }
                }
                """);
        assertEquals(Optional.of("docker"), file.agentLabel());
        Step timeout = file.option("timeout").orElseThrow();
        assertEquals(new Value.Literal(5), timeout.named("time").orElseThrow());
        assertEquals(List.of("time", "unit"), List.copyOf(timeout.namedArguments().keySet()));
        Step rotator = (Step) file.option("buildDiscarder").orElseThrow().arguments().get(0);
        assertEquals("logRotator", rotator.name());
        assertEquals(new Value.Literal("3"), rotator.named("numToKeepStr").orElseThrow());
        Step gitlab = file.trigger("gitlab").orElseThrow();
        assertEquals(new Value.Literal(true), gitlab.named("triggerOnPush").orElseThrow());
        assertEquals(new Value.Expression("env.TOKEN"), gitlab.named("secretToken").orElseThrow());
        assertEquals(7, gitlab.line());
    }

    @Test
    void readsStagesInOrderWithWhenAndShCommandsInsideWithCredentials() {
        Jenkinsfile file = pipeline("""
                    stage('One') { steps { sh './mvnw -B verify'; echo 'between'; sh script: 'ls' } }
                    stage('Two') {
                        when { branch 'main' }
                        steps {
                            withCredentials([usernamePassword(credentialsId: 'c', usernameVariable: 'U', passwordVariable: 'P')]) {
                                sh 'scripts/release-changed.sh'
                            }
                        }
                    }
                """);
        assertEquals(List.of("One", "Two"), file.stageNames());
        assertEquals(List.of("./mvnw -B verify", "ls"), file.stage("One").orElseThrow().shCommands());
        Stage two = file.stage("Two").orElseThrow();
        assertEquals(List.of("branch"), two.when().stream().map(Step::name).toList());
        assertEquals(List.of("scripts/release-changed.sh"), two.shCommands());
        assertTrue(file.allSteps().stream().anyMatch(step -> step.name().equals("usernamePassword")),
                "calls given as arguments are among all steps");
    }

    @Test
    void readsPostConditionsInOrder() {
        Jenkinsfile file = Jenkinsfile.parse("""
                pipeline {
                    agent { label 'docker' }
                    stages { stage('A') { steps { sh 'true' } } }
                    post {
                        always { junit testResults: 'a.xml'; sh 'cleanup.sh' }
                        failure { echo 'no' }
                    }
                }
                """);
        assertEquals(List.of("always", "failure"), List.copyOf(file.post().keySet()));
        assertEquals(List.of("cleanup.sh"), file.postShCommands("always"));
        assertEquals(List.of(), file.post("success"));
    }

    @Test
    void anIfInAScriptBlockIsAStepWithItsConditionAsWritten() {
        Jenkinsfile file = Jenkinsfile.parse("""
                pipeline {
                    agent { label 'docker' }
                    stages { stage('A') { steps { sh 'true' } } }
                    post {
                        always {
                            sh 'cleanup.sh'
                            script {
                                if ((env.CHANGE_ID || env.X) &&
                                        fileExists('a.md')) {
                                    addGitLabMRComment comment: readFile(file: 'a.md')
                                }
                            }
                        }
                    }
                }
                """);
        Step script = file.post("always").get(1);
        Step condition = script.body().get(0);
        assertEquals("if", condition.name());
        assertEquals(new Value.Expression("(env.CHANGE_ID || env.X) &&\n" + " ".repeat(24) + "fileExists('a.md')"),
                condition.arguments().get(0));
        assertEquals(List.of("addGitLabMRComment"), condition.body().stream().map(Step::name).toList());
        assertEquals(List.of("cleanup.sh"), file.postShCommands("always"), "a script without sh runs no command");
    }

    @Test
    void anIfOutsideAScriptAnElseOrAShInAScriptIsRefused() {
        assertThrows(JenkinsfileException.class, () -> pipeline("stage('S') { steps {\n if (true) { sh 'x' } } }"));
        assertThrows(JenkinsfileException.class,
                () -> pipeline("stage('S') { steps { script {\n if (true) { echo 'a' } else { echo 'b' } } } }"));
        Jenkinsfile commands = pipeline("stage('S') { steps { script {\n if (env.X) { sh 'x' } } } }");
        assertThrows(JenkinsfileException.class, () -> commands.stage("S").orElseThrow().shCommands(),
                "a conditional command cannot be listed as if it always ran");
    }

    @Test
    void stringsAreTheLiteralsAndGStringPartsButNotTheStepNames() {
        Jenkinsfile file = pipeline("stage('S') { steps { sh \"echo ${env.X} done\" } }");
        List<String> strings = file.strings().stream().map(StringConstant::value).toList();
        assertTrue(strings.containsAll(List.of("linux", "S", "echo ", " done")), strings.toString());
        assertFalse(strings.contains("sh") || strings.contains("stage"), strings.toString());
    }

    @Test
    void aStatementThatIsNoCallIsRefusedWithItsLine() {
        JenkinsfileException refused = assertThrows(JenkinsfileException.class,
                () -> pipeline("stage('S') { steps {\n def x = 1 } }"));
        assertTrue(refused.getMessage().startsWith("Jenkinsfile:5: not a step call"), refused.getMessage());
    }

    @Test
    void anUnknownSectionIsRefusedRatherThanLeftOut() {
        assertThrows(JenkinsfileException.class, () -> Jenkinsfile.parse(
                "pipeline { agent any\n environment { A = 'b' }\n stages { stage('S') { steps { sh 'true' } } } }"));
        assertThrows(JenkinsfileException.class, () -> pipeline("stage('S') { parallel { } }"));
    }

    @Test
    void shInsideAStepThatChangesHowItRunsIsRefused() {
        Jenkinsfile file = pipeline("stage('S') { steps { dir('sub') { sh 'make' } } }");
        assertThrows(JenkinsfileException.class, () -> file.stage("S").orElseThrow().shCommands());
    }

    @Test
    void sectionsChainedOnOneLineAreRefused() {
        // Groovy reads `when { } steps { }` on one line as when({}).steps({}): Jenkins would not see two sections
        assertThrows(JenkinsfileException.class,
                () -> pipeline("stage('S') { when { branch 'main' } steps { sh 'x' } }"));
    }

    @Test
    void aComputedShScriptIsRefused() {
        Jenkinsfile file = pipeline("stage('S') { steps { sh \"make ${env.TARGET}\" } }");
        assertThrows(JenkinsfileException.class, () -> file.stage("S").orElseThrow().shCommands());
    }

    @Test
    void textOtherThanOnePipelineBlockIsRefused() {
        assertThrows(JenkinsfileException.class, () -> Jenkinsfile.parse("node { sh 'make' }"));
        assertThrows(JenkinsfileException.class, () -> Jenkinsfile.parse("pipeline {\n stages {\n"));
    }

    @Test
    void branchConditionMatchesBranchNameByGlob() {
        List<Step> onMain = pipeline("stage('S') {\n when { branch 'main' }\n steps { sh 'x' } }").stages().get(0).when();
        assertTrue(WhenConditions.hold(onMain, Map.of("BRANCH_NAME", "main")));
        assertFalse(WhenConditions.hold(onMain, Map.of("BRANCH_NAME", "maintenance")));
        assertFalse(WhenConditions.hold(onMain, Map.of()));
        List<Step> releases = pipeline("stage('S') {\n when { branch 'release-*' }\n steps { sh 'x' } }").stages().get(0)
                .when();
        assertTrue(WhenConditions.hold(releases, Map.of("BRANCH_NAME", "release-2")));
        assertFalse(WhenConditions.hold(releases, Map.of("BRANCH_NAME", "main")));
    }

    @Test
    void notAllOfAnyOfAndChangeRequestCombine() {
        List<Step> when = pipeline("""
                stage('S') {
                    when { anyOf { environment name: 'FORCE', value: 'yes'; allOf { branch 'main'; not { changeRequest() } } } }
                    steps { sh 'x' }
                }
                """).stages().get(0).when();
        assertTrue(WhenConditions.hold(when, Map.of("BRANCH_NAME", "main")));
        assertFalse(WhenConditions.hold(when, Map.of("BRANCH_NAME", "main", "CHANGE_ID", "3")));
        assertTrue(WhenConditions.hold(when, Map.of("BRANCH_NAME", "dev", "FORCE", "yes")));
        assertFalse(WhenConditions.hold(when, Map.of("BRANCH_NAME", "dev")));
    }

    @Test
    void aConditionThatCannotBeEvaluatedIsRefused() {
        List<Step> when = pipeline("stage('S') {\n when { buildingTag() }\n steps { sh 'x' } }").stages()
                .get(0).when();
        assertThrows(JenkinsfileException.class, () -> WhenConditions.hold(when, Map.of("BRANCH_NAME", "main")));
    }

    @Test
    void aFunctionBesideThePipelineIsKeptWholeWithItsCallsListed() {
        Jenkinsfile file = Jenkinsfile.parse("""
                pipeline {
                    agent { label 'docker' }
                    stages { stage('A') { steps { script { fanOut() } } } }
                }

                void fanOut() {
                    List<String> groups = sh(script: 'scripts/fan-out.sh', returnStdout: true).readLines()
                    for (String group in groups) {
                        node('docker') { sh "make ${group}" }
                    }
                }
                """);
        Function fanOut = file.function("fanOut").orElseThrow();
        assertTrue(fanOut.source().startsWith("void fanOut() {\n"), fanOut.source());
        assertTrue(fanOut.source().endsWith("    }\n}"), fanOut.source());
        assertEquals(6, fanOut.line());
        assertEquals(List.of("sh", "node", "sh"), fanOut.calls().stream().map(Step::name).toList());
        assertEquals(List.of(), fanOut.calls().get(1).body(), "a closure's calls are listed on their own");
        assertEquals(List.of(fanOut), file.functionsRunBy(file.stage("A").orElseThrow()));
        assertTrue(file.strings().stream().anyMatch(string -> string.value().equals("scripts/fan-out.sh")),
                "a function's strings are scanned too");
        assertEquals(List.of(), file.stage("A").orElseThrow().shCommands(), "its commands are not a list");
    }

    @Test
    void aScriptBlockThatRunsAFunctionAmongOtherStepsIsRefused() {
        Jenkinsfile file = Jenkinsfile.parse("""
                pipeline {
                    agent { label 'docker' }
                    stages { stage('A') { steps { script { echo 'first'; fanOut() } } } }
                }

                void fanOut() {
                    sh 'make'
                }
                """);
        assertThrows(JenkinsfileException.class, () -> file.functionsRunBy(file.stage("A").orElseThrow()));
    }
}
