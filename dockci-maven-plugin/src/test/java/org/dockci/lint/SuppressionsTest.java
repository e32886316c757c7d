package org.dockci.lint;

import static org.dockci.lint.HandBuilt.comment;
import static org.dockci.lint.HandBuilt.dockerfile;
import static org.dockci.lint.HandBuilt.from;
import static org.dockci.lint.HandBuilt.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dockci.dockerfile.Comment;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Keyword;
import org.dockci.dockerfile.Position;
import org.dockci.lint.HandBuilt.FakeRule;
import org.junit.jupiter.api.Test;

/** Ignore pragmas, as the Linter applies them: what they ignore and what they leave. */
class SuppressionsTest {

    private static final FakeRule RUN_RULE = FakeRule.flagging("DL9001", Severity.WARNING, Keyword.RUN);
    private static final FakeRule OTHER_RUN_RULE = FakeRule.flagging("DL9002", Severity.INFO, Keyword.RUN);

    private static final Linter LINTER = new Linter(List.of(RUN_RULE, OTHER_RUN_RULE), LintConfig.DEFAULTS);

    /** "code@line" of each finding, in order. */
    private static List<String> found(List<Instruction> instructions, Comment... comments) {
        return found(dockerfile(instructions, List.of(comments)));
    }

    private static List<String> found(Dockerfile dockerfile) {
        return LINTER.lint("Dockerfile", dockerfile).findings().stream()
                .map(finding -> finding.code() + "@" + finding.position().line()).toList();
    }

    @Test
    void pragmaIgnoresItsCodesInTheNextInstructionOnly() {
        assertEquals(List.of("DL9002@3", "DL9001@4", "DL9002@4"),
                found(List.of(from(1, "debian"), run(3, "a"), run(4, "b")),
                        comment(2, "hadolint ignore=DL9001")));
    }

    @Test
    void pragmaTakesSeveralCodesWithSpacesAroundCommas() {
        assertEquals(List.of("DL9001@4", "DL9002@4"),
                found(List.of(from(1, "debian"), run(3, "a"), run(4, "b")),
                        comment(2, "hadolint ignore=DL9001 ,\tDL9002")));
    }

    @Test
    void codeNamedTwiceIsIgnoredOnce() {
        assertEquals(List.of("DL9002@3"),
                found(List.of(from(1, "debian"), run(3, "a")), comment(2, "hadolint ignore=DL9001,DL9001")));
    }

    @Test
    void pragmaMayHaveSpacesAroundTheEqualSignAndAReasonAfterIt() {
        assertEquals(List.of("DL9002@3"),
                found(List.of(from(1, "debian"), run(3, "a")),
                        comment(2, "hadolint ignore = DL9001 # apt is pinned by the snapshot")));
    }

    @Test
    void pragmaCoversEveryLineOfAContinuedInstruction() {
        FakeRule onContinuation = FakeRule.at("DL9003", Severity.ERROR, new Position(5, 7), new Position(6, 1));
        Linter linter = new Linter(List.of(onContinuation), LintConfig.DEFAULTS);
        Dockerfile dockerfile = dockerfile(List.of(from(1, "debian"), run(3, 5, "a && b && c"), run(6, "d")),
                List.of(comment(2, "hadolint ignore=DL9003")));

        List<Finding> findings = linter.lint("Dockerfile", dockerfile).findings();

        assertEquals(List.of(new Position(6, 1)), findings.stream().map(Finding::position).toList());
    }

    @Test
    void commentBetweenPragmaAndInstructionCancelsIt() {
        assertEquals(List.of("DL9001@4", "DL9002@4"),
                found(List.of(from(1, "debian"), run(4, "a")),
                        comment(2, "hadolint ignore=DL9001"), comment(3, "install the tools")));
    }

    @Test
    void blankLineBetweenPragmaAndInstructionCancelsIt() {
        assertEquals(List.of("DL9001@4", "DL9002@4"),
                found(List.of(from(1, "debian"), run(4, "a")), comment(2, "hadolint ignore=DL9001")));
    }

    @Test
    void onlyThePragmaRightBeforeTheInstructionCounts() {
        assertEquals(List.of("DL9001@4"),
                found(List.of(from(1, "debian"), run(4, "a")),
                        comment(2, "hadolint ignore=DL9001"), comment(3, "hadolint ignore=DL9002")));
    }

    @Test
    void pragmaWithACodeItCannotReadIgnoresNothing() {
        for (String text : List.of("hadolint ignore=crazy,DL9001", "hadolint ignore=dl9001", "hadolint ignore DL9001",
                "hadolint ignore=DL9001 because", "hadolintignore=DL9001", "hadolint ignore=")) {
            assertEquals(List.of("DL9001@3", "DL9002@3"),
                    found(List.of(from(1, "debian"), run(3, "a")), comment(2, text)), text);
        }
    }

    @Test
    void dockciIsASynonymOfHadolint() {
        assertEquals(List.of("DL9002@3", "DL9002@4"),
                found(List.of(from(1, "debian"), run(3, "a"), run(4, "b")),
                        comment(2, "dockci ignore=DL9001"), comment(5, "dockci global ignore=DL9001")));
    }

    @Test
    void globalPragmaAnywhereIgnoresItsCodesInTheWholeFile() {
        assertEquals(List.of("DL9002@2", "DL9002@3"),
                found(List.of(from(1, "debian"), run(2, "a"), run(3, "b")),
                        comment(4, "hadolint global ignore=DL9001")));
    }

    @Test
    void globallyIgnoredRuleIsNotRun() {
        Dockerfile dockerfile = dockerfile(List.of(from(1, "debian"), run(2, "a")),
                List.of(comment(3, "hadolint global ignore=DL9001")));

        assertEquals(List.of("DL9002"), LINTER.lint("Dockerfile", dockerfile).rulesRun());
    }

    @Test
    void stagePragmaBeforeFromIgnoresItsCodesInThatStageOnly() {
        assertEquals(List.of("DL9001@2", "DL9002@2", "DL9002@5", "DL9002@6", "DL9001@8", "DL9002@8"),
                found(List.of(from(1, "debian"), run(2, "a"), from(4, "debian"), run(5, "b"), run(6, "c"),
                        from(7, "debian"), run(8, "d")),
                        comment(3, "hadolint stage ignore=DL9001")));
    }

    @Test
    void stagePragmaNotBeforeAFromIgnoresNothing() {
        assertEquals(List.of("DL9001@3", "DL9002@3"),
                found(List.of(from(1, "debian"), run(3, "a")), comment(2, "hadolint stage ignore=DL9001")));
    }
}
