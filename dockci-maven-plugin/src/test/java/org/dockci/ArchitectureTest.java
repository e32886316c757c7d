package org.dockci;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import org.dockci.changes.BuildIndex;
import org.dockci.changes.ModuleChange;
import org.dockci.changes.Verdict;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.ShellWord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The walls between the plugin's layers: the core is plain Java, Maven and JGit each stay in one package. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dockci");
    }

    @Test
    void onlyTheMojosKnowMaven() {
        noClasses().that().resideOutsideOfPackage("org.dockci.mojo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheGitLayerKnowsJGit() {
        noClasses().that().resideOutsideOfPackage("org.dockci.changes.git..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theDockerfileModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.dockci.dockerfile..")
                .should().dependOnClassesThat().resideInAPackage("org.dockci..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("org.dockci.dockerfile..", "java..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theShellModelDependsOnNothingElseOfOurs() {
        // the shell scripts of RUN are a plain model, as the Dockerfile is: the rules read it, it knows no rule
        noClasses().that().resideInAPackage("org.dockci.shell..")
                .should().dependOnClassesThat().resideInAPackage("org.dockci..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("org.dockci.shell..", "java..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theCoreDoesNotReachIntoTheMojos() {
        noClasses().that().resideOutsideOfPackage("org.dockci.mojo..")
                .should().dependOnClassesThat().resideInAPackage("org.dockci.mojo..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theReportReadsWhatTheGoalsRecordedAndRunsNoneOfThem() {
        // the report must be writable after any build, a failed one included: it reads files, it detects nothing
        noClasses().that().resideInAPackage("org.dockci.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dockci.changes..", "org.dockci.lint.rules..",
                        "org.dockci.refresh..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void whatAFromNamesIsReadOnlyThroughTheDockerfileModel() {
        // lint and detect once expanded FROM lines each their own way and disagreed: Dockerfile.baseImages() is the one
        noClasses().that().resideInAnyPackage("org.dockci.changes..", "org.dockci.version..", "org.dockci.mojo..",
                        "org.dockci.engine..", "org.dockci.refresh..")
                .should().dependOnClassesThat().areAssignableTo(ShellWord.class)
                .orShould().callMethod(Instruction.From.class, "image")
                .allowEmptyShould(true)
                .check(classes);
        // the rules too: a stage built FROM an earlier one is FromImage.earlierStage(), ARGs and case applied
        noClasses().that().resideInAnyPackage("org.dockci.lint..")
                .should().callMethod(Instruction.From.class, "image")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.dockci.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    @Test
    void noGrabBagPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..manager..",
                "..common..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void changeDetectionKeepsNoStateInStatics() {
        // a build's state lives in its Detection, which Maven makes once per build: a static outlives the build.
        // Constant lists and sets stay allowed; the per-build caches that were here were maps
        fields().that().areDeclaredInClassesThat().resideInAPackage("org.dockci.changes..").and().areStatic()
                .should().beFinal()
                .allowEmptyShould(true)
                .check(classes);
        noFields().that().areDeclaredInClassesThat().resideInAPackage("org.dockci.changes..").and().areStatic()
                .should().haveRawType(assignableTo(Map.class))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheMojosKnowDependencyInjection() {
        noClasses().that().resideOutsideOfPackage("org.dockci.mojo..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.inject..", "jakarta.inject..",
                        "org.eclipse.sisu..", "com.google.inject..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void aVerdictIsWordedOnlyAtTheEdge() {
        // decisions are made on the Verdict's type; its words are for the log, the metadata and build.json only
        noClasses().that().resideInAPackage("org.dockci.changes..")
                .and().doNotBelongToAnyOf(Verdict.class, ModuleChange.class, BuildIndex.class)
                .should().callMethod(Verdict.class, "reason")
                .orShould().callMethod(ModuleChange.class, "reason")
                .allowEmptyShould(true)
                .check(classes);
    }
}
