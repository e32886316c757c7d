package org.dockci.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ShellScriptTest {

    private static List<String> names(String script) {
        return ShellScript.parse(script).commandNames();
    }

    @Test
    void everySeparatorEndsACommand() {
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                names("a && b || c ; d | e |& f & g\nh"));
    }

    @Test
    void emptyAndBlankScriptsHaveNoCommands() {
        assertEquals(List.of(), names(""));
        assertEquals(List.of(), names("  \n\t ;; ; &&\n"));
    }

    @Test
    void operatorsNeedNoSpaces() {
        assertEquals(List.of("a", "b", "c"), names("a&&b;c"));
    }

    @Test
    void separatorsInsideQuotesAreText() {
        ShellScript script = ShellScript.parse("echo 'a && b; c' \"d || e | f\" g\\;h");
        assertEquals(List.of("echo"), script.commandNames());
        assertEquals(List.of("a && b; c", "d || e | f", "g;h"), script.commands().get(0).arguments());
        assertFalse(script.hasPipe());
    }

    @Test
    void subshellsAndGroupsHoldCommands() {
        assertEquals(List.of("a", "b", "c", "d"), names("(a && b) || { c; d; }"));
        assertEquals(List.of("a", "b", "c"), names("( (a) ; b ) ; c"));
    }

    @Test
    void braceIsAWordUnlessACommandCouldStart() {
        ShellScript script = ShellScript.parse("echo { } && { b; }");
        assertEquals(List.of("echo", "b"), script.commandNames());
        assertEquals(List.of("{", "}"), script.commands().get(0).arguments());
    }

    @Test
    void conditionalsHoldCommands() {
        assertEquals(List.of("a", "b", "c", "d", "e"),
                names("if a; then b; elif c; then d; else e; fi"));
        assertEquals(List.of("a", "b"), names("if ! a\nthen\n  b\nfi"));
    }

    @Test
    void keywordsAreArgumentsAfterACommandName() {
        ShellScript script = ShellScript.parse("echo if then fi done esac");
        assertEquals(List.of("echo"), script.commandNames());
        assertEquals(List.of("if", "then", "fi", "done", "esac"), script.commands().get(0).arguments());
    }

    @Test
    void quotedKeywordIsACommandName() {
        assertEquals(List.of("if"), names("'if' x"));
    }

    @Test
    void loopsHoldCommandsButTheirWordListIsNoCommand() {
        assertEquals(List.of("echo"), names("for f in a b c; do echo $f; done"));
        assertEquals(List.of("echo"), names("for f in a b\ndo\n echo $f\ndone"));
        assertEquals(List.of("echo"), names("for f; do echo $f; done"));
        assertEquals(List.of("echo"), names("for ((i = 0; i < 3; i++)); do echo $i; done"));
        assertEquals(List.of("read", "echo"), names("while read line; do echo \"$line\"; done < file"));
        assertEquals(List.of("test", "sleep"), names("until test -f x; do sleep 1; done"));
    }

    @Test
    void commandsInALoopWordListAreFound() {
        assertEquals(List.of("ls", "rm"), names("for f in $(ls /tmp); do rm $f; done"));
    }

    @Test
    void caseItemsHoldCommandsAndPatternBarsAreNoPipes() {
        ShellScript script = ShellScript.parse(
                "case \"$arch\" in amd64|x86_64) a;; (arm64) b ; c ;; *) d;; esac; e");
        assertEquals(List.of("a", "b", "c", "d", "e"), script.commandNames());
        assertFalse(script.hasPipe());
    }

    @Test
    void caseOverLinesWithALastItemWithoutSeparator() {
        assertEquals(List.of("a", "b", "c"), names("case $x in\n  1)\n    a\n    ;;\n  2) b\nesac\nc"));
    }

    @Test
    void caseInsideACommandSubstitution() {
        assertEquals(List.of("echo", "a", "b"), names("echo $(case $x in y) a;; esac) && b"));
    }

    @Test
    void functionDefinitionsAreNoCommandsButTheirBodiesAre() {
        assertEquals(List.of("a", "b", "f"), names("f() { a; }; function g { b; }; f"));
        assertEquals(List.of("a"), names("function g () { a; }"));
    }

    @Test
    void testsAreNoCommandsButSubstitutionsInThemAre() {
        assertEquals(List.of("a"), names("[ -f /x ] && a"));
        assertEquals(List.of("a"), names("[[ -f /x && -d /y || $z == 1 ]] && a"));
        assertEquals(List.of("uname", "a"), names("if [ \"$(uname -m)\" = x86_64 ]; then a; fi"));
        assertEquals(List.of("test"), names("test -f x"));
    }

    @Test
    void unclosedTestEndsWhereACommandWould() {
        assertEquals(List.of("b"), names("[ -f x ; b"));
    }

    @Test
    void arithmeticIsNoCommand() {
        assertEquals(List.of("a"), names("(( i = 1 + 2 )) && a"));
        ShellScript script = ShellScript.parse("echo $(( 1 | 2 ))");
        assertEquals(List.of("echo"), script.commandNames());
        assertFalse(script.hasPipe());
    }

    @Test
    void commandSubstitutionsHoldCommandsAfterTheirCommand() {
        assertEquals(List.of("echo", "cd", "pwd"), names("echo \"$(cd /tmp && pwd)\""));
        assertEquals(List.of("echo", "date"), names("echo `date +%s`"));
        assertEquals(List.of("diff", "sort", "sort"), names("diff <(sort a) <(sort b)"));
        assertEquals(List.of("a", "b", "c"), names("a $(b $(c))"));
    }

    @Test
    void commandsComeInTheOrderTheyStart() {
        assertEquals(List.of("echo", "a", "b"), names("echo $(a) && b"));
        assertEquals(List.of("$(which pip)", "which", "c"), names("$(which pip) install x; c"));
    }

    @Test
    void substitutionInAnAssignmentIsFoundWhenThereIsNoCommand() {
        assertEquals(List.of("uname"), names("ARCH=$(uname -m)"));
        assertEquals(List.of("curl", "dpkg"), names("V=$(dpkg --print-architecture) curl x"));
    }

    @Test
    void escapedBackticksNestInsideBackticks() {
        assertEquals(List.of("echo", "a", "b"), names("echo `a \\`b\\``"));
    }

    @Test
    void commentsAreSkipped() {
        assertEquals(List.of("a", "b"), names("# setup\na # first\nb;# c\n"));
    }

    @Test
    void hashInsideAWordIsNoComment() {
        ShellScript script = ShellScript.parse("echo a#b ${#x} $# '#'");
        assertEquals(List.of("a#b", "${#x}", "$#", "#"), script.commands().get(0).arguments());
    }

    @Test
    void lineContinuationsJoinLines() {
        ShellScript script = ShellScript.parse("apt-get install \\\n  curl \\\r\n  git && ec\\\nho");
        assertEquals(List.of("apt-get", "echo"), script.commandNames());
        assertEquals(List.of("install", "curl", "git"), script.commands().get(0).arguments());
    }

    @Test
    void heredocBodiesAreNoCommands() {
        assertEquals(List.of("cat", "b"), names("cat <<EOF > /x\napt-get install y\nEOF\nb"));
        assertEquals(List.of("cat", "b"), names("cat <<-'END'\n\trm -rf /\n\tEND\nb"));
        assertEquals(List.of("cat", "cat", "b"), names("cat <<A; cat <<B\n1\nA\n2\nB\nb"));
    }

    @Test
    void heredocWithoutBodyAsInARunLine() {
        ShellScript script = ShellScript.parse("cat <<EOF > /etc/x && chmod 600 /etc/x");
        assertEquals(List.of("cat", "chmod"), script.commandNames());
        assertEquals(List.of(), script.commands().get(0).arguments());
    }

    @Test
    void unterminatedHeredocRunsToTheEnd() {
        assertEquals(List.of("cat"), names("cat <<EOF\na\nb"));
    }

    @Test
    void hereStringIsNoHeredoc() {
        assertEquals(List.of("grep", "b"), names("grep x <<< \"$v\"\nb"));
    }

    @Test
    void pipeIsFound() {
        assertTrue(ShellScript.parse("curl -sL x | sh").hasPipe());
        assertTrue(ShellScript.parse("a |& b").hasPipe());
        assertTrue(ShellScript.parse("x=$(a | b)").hasPipe());
        assertTrue(ShellScript.parse("echo \"$(a | b)\"").hasPipe());
    }

    @Test
    void orAndQuotedBarsAreNoPipes() {
        assertFalse(ShellScript.parse("a || b").hasPipe());
        assertFalse(ShellScript.parse("echo 'a | b' \"c | d\" e\\|f").hasPipe());
        assertFalse(ShellScript.parse("grep -E 'a|b' x").hasPipe());
    }

    @Test
    void pipefailSetBeforeThePipeCovers() {
        assertFalse(ShellScript.parse("set -o pipefail && curl x | sh").hasPipeWithoutPipefail());
        assertFalse(ShellScript.parse("set -euo pipefail; curl x | sh").hasPipeWithoutPipefail());
        assertFalse(ShellScript.parse("set -eo pipefail\ncurl x | sh").hasPipeWithoutPipefail());
        assertFalse(ShellScript.parse("set -o errexit -o pipefail; a | b").hasPipeWithoutPipefail());
        assertFalse(ShellScript.parse("a && b").hasPipeWithoutPipefail());
    }

    @Test
    void pipefailSetAfterThePipeOrNotAtAllDoesNotCover() {
        assertTrue(ShellScript.parse("curl x | sh; set -o pipefail").hasPipeWithoutPipefail());
        assertTrue(ShellScript.parse("set -e; curl x | sh").hasPipeWithoutPipefail());
        assertTrue(ShellScript.parse("set +o pipefail; curl x | sh").hasPipeWithoutPipefail());
        assertTrue(ShellScript.parse("echo set -o pipefail; a | b").hasPipeWithoutPipefail());
    }

    @Test
    void shellOfASHELLInstructionEnablesPipefail() {
        assertTrue(ShellScript.parse("/bin/bash -o pipefail -c").enablesPipefail());
        assertTrue(ShellScript.parse("zsh -o pipefail -c").enablesPipefail());
        assertFalse(ShellScript.parse("/bin/bash -c").enablesPipefail());
        assertFalse(ShellScript.parse("/bin/sh -o pipefail -c").enablesPipefail());
        assertFalse(ShellScript.parse("bash -c 'set -o pipefail'").enablesPipefail());
    }

    @Test
    void usesCommandMatchesNamesOnly() {
        ShellScript script = ShellScript.parse("mkdir /x && echo cd && sudo -u app make");
        assertTrue(script.usesCommand("sudo"));
        assertFalse(script.usesCommand("cd"));
        assertFalse(script.usesCommand("make"));
        assertTrue(ShellScript.parse("X=$(cd /x && pwd) make").usesCommand("cd"));
    }

    @Test
    void indexOfFirstTellsWhichCommandComesFirst() {
        ShellScript script = ShellScript.parse("yum install -y x && yum clean all");
        assertEquals(0, script.indexOfFirst(command -> command.hasArgument("install")));
        assertEquals(1, script.indexOfFirst(command -> command.hasArgument("clean")));
        assertEquals(-1, script.indexOfFirst(command -> command.isNamed("dnf")));
        assertTrue(script.anyCommand(command -> command.isNamed("yum")));
        assertFalse(script.anyCommand(command -> command.isNamed("dnf")));
    }

    @Test
    void indexOfLastTellsWhichCommandComesLast() {
        ShellScript script = ShellScript.parse("zypper in -y a && zypper clean && zypper in -y b");
        assertEquals(2, script.indexOfLast(command -> command.hasArgument("in")));
        assertEquals(1, script.indexOfLast(command -> command.hasArgument("clean")));
        assertEquals(-1, script.indexOfLast(command -> command.isNamed("dnf")));
    }

    @Test
    void lastNotFollowedByLooksAfterTheLastMatchOnly() {
        ShellScript cleanedBetween = ShellScript.parse("zypper in -y a && zypper clean && zypper in -y b");
        ShellScript cleanedAtTheEnd = ShellScript.parse("zypper clean && zypper in -y a && zypper clean");

        assertTrue(cleanedBetween.lastNotFollowedBy(command -> command.hasArgument("in"),
                command -> command.hasArgument("clean")));
        assertFalse(cleanedAtTheEnd.lastNotFollowedBy(command -> command.hasArgument("in"),
                command -> command.hasArgument("clean")));
        assertFalse(cleanedAtTheEnd.lastNotFollowedBy(command -> command.isNamed("dnf"),
                command -> command.hasArgument("clean")));
    }

    @Test
    void textIsTheScriptAsGiven() {
        assertEquals("a  &&  b", ShellScript.parse("a  &&  b").text());
    }

    @Test
    void strangeInputDegradesWithoutFailing() {
        List<String> strange = List.of("echo 'unclosed", "echo \"unclosed $(", "echo $(unclosed", "a )) b",
                ")", "(", "((", "$(", "`", "${", "<<", "2>", "&", "|", ";;", "esac", "case", "case x",
                "case x in", "case x in a", "for", "for x in", "function", "[[", "[", "f()", "x=(",
                "\\", "a\\", "$'", "<(", "done done", "} }", "echo ${a:-$(b)} c", "a >", "a 2>&");
        for (String script : strange) {
            assertTimeoutPreemptively(Duration.ofSeconds(1), () -> ShellScript.parse(script), script);
        }
        assertEquals(List.of("a", "b"), names("a ) b"));
        assertEquals(List.of("echo"), names("echo 'it''s && b"));
    }

    @Test
    void deepNestingIsBounded() {
        String deep = "$(".repeat(100_000) + "a" + ")".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ShellScript.parse("echo " + deep));
        String deepCase = "case x in a) ".repeat(10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ShellScript.parse(deepCase));
        String deepTicks = "echo `a \\`b \\\\\\`c\\\\\\`\\``";
        assertEquals(List.of("echo", "a", "b", "c"), names(deepTicks));
    }

    @Test
    void randomShellCharactersNeverFail() {
        Random random = new Random(42);
        String alphabet = "ab -=$(){}[]`'\"\\|&;<>#\n\t!*?@+~0123456789caseinforfidoneesac";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder script = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                script.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ShellScript parsed = ShellScript.parse(script.toString());
            for (SimpleCommand command : parsed.commands()) {
                command.argumentsWithoutFlags("o", "t");
                command.flagValues("o");
                command.subcommand();
            }
        }
    }

    /** Where each command starts in the script, as "name@offset". */
    private static List<String> starts(String script) {
        return ShellScript.parse(script).commands().stream().map(command -> command.name() + "@" + command.offset())
                .toList();
    }

    @Test
    void commandsKnowWhereTheyStartAssignmentsIncluded() {
        assertEquals(List.of("apt-get@0", "apt-get@21", "rm@68"),
                starts("apt-get update \\\n && DEBIAN_FRONTEND=x apt-get install -y curl;\n    rm -rf /tmp/*"));
    }

    @Test
    void commandsInSubstitutionsSubshellsAndHeredocsKnowTheirPlace() {
        assertEquals(List.of("echo@0", "date@7", "cd@15", "cat@27"),
                starts("echo $(date); (cd /tmp) && cat <<EOF\nnot a command\nEOF\n"));
    }

    @Test
    void commandsInBackticksKnowTheirPlaceDespiteTheEscapesRemoved() {
        // inside the backticks \$ is read as $, one character less, yet uname is placed where it is written
        assertEquals(List.of("echo@0", "printf@6", "uname@21"),
                starts("echo `printf \\$HOME; uname -m`"));
    }

    @Test
    void pipedCommandIsTheOneBeforeTheFirstPipeWithoutPipefail() {
        ShellScript script = ShellScript.parse("set -e\ncurl -fsSL x \\\n  | tar -xz\nset -o pipefail; a | b");

        assertEquals("curl", script.pipedWithoutPipefail().orElseThrow().name());
        assertEquals(7, script.pipedWithoutPipefail().orElseThrow().offset());
        assertEquals("b", ShellScript.parse("a; { b; } | c").pipedWithoutPipefail().orElseThrow().name());
        assertFalse(ShellScript.parse("set -o pipefail; a | b").pipedWithoutPipefail().isPresent());
        assertFalse(ShellScript.parse("a || b").pipedWithoutPipefail().isPresent());
    }
}
