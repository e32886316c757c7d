package org.dockci.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordTest {

    private static SimpleCommand only(String script) {
        List<SimpleCommand> commands = ShellScript.parse(script).commands();
        assertEquals(1, commands.size(), () -> "commands of " + script + ": " + commands);
        return commands.get(0);
    }

    private static List<String> arguments(String script) {
        return only(script).arguments();
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
        assertEquals(List.of("a \"b\" $c \\d"), arguments("echo 'a \"b\" $c \\d'"));
    }

    @Test
    void doubleQuotesEscapeOnlyTheirSpecialCharacters() {
        assertEquals(List.of("a \"b\" $c ` \\ \\d 'e'"), arguments("echo \"a \\\"b\\\" \\$c \\` \\\\ \\d 'e'\""));
    }

    @Test
    void backslashEscapesTheNextCharacter() {
        assertEquals(List.of("a b", "&&", "$x"), arguments("echo a\\ b \\&\\& \\$x"));
    }

    @Test
    void quotedPartsJoinIntoOneWord() {
        Word word = only("echo pre'fix'\"mid\"post").words().get(1);
        assertEquals("pre'fix'\"mid\"post", word.text());
        assertEquals("prefixmidpost", word.value());
    }

    @Test
    void expansionsStayAsWritten() {
        ShellScript script = ShellScript.parse("echo $HOME/x ${V:-a b} $(uname -m) `date` $1 $@ $((1 + 2)) \"a b $V\"");
        assertEquals(List.of("$HOME/x", "${V:-a b}", "$(uname -m)", "`date`", "$1", "$@", "$((1 + 2))", "a b $V"),
                script.commands().get(0).arguments());
    }

    @Test
    void ansiCQuotesDecodeTheirEscapes() {
        assertEquals(List.of("a\tb'c"), arguments("echo $'a\\tb\\'c'"));
    }

    @Test
    void quotedNameIsUnquotedAndVariableNameKeptAsWritten() {
        assertEquals("apt-get", only("\"apt-get\" install x").name());
        assertEquals("$PIP", only("$PIP install x").name());
    }

    @Test
    void leadingAssignmentsAreNotTheName() {
        SimpleCommand command = only("DEBIAN_FRONTEND=noninteractive A+=1 B[0]=x apt-get install -y curl");
        assertEquals("apt-get", command.name());
        assertEquals(List.of("install", "-y", "curl"), command.arguments());
    }

    @Test
    void assignmentAfterTheNameIsAnArgument() {
        SimpleCommand command = only("env A=1 make");
        assertEquals("env", command.name());
        assertEquals(List.of("A=1", "make"), command.arguments());
    }

    @Test
    void assignmentAloneIsNoCommand() {
        assertEquals(List.of(), ShellScript.parse("A=1 B=\"x y\"").commands());
    }

    @Test
    void quotedOrInvalidNameIsNoAssignment() {
        assertEquals("\"A\"=1", only("\"A\"=1 x").words().get(0).text());
        assertEquals("1A=1", only("1A=1 x").name());
    }

    @Test
    void arrayAssignmentIsOneWord() {
        assertEquals("echo", only("A=(a b c) echo").name());
    }

    @Test
    void redirectionsAreNoArguments() {
        SimpleCommand command = only("curl -o x url > /dev/null 2>&1 </dev/null 2>>log &>all >|f 3<>g");
        assertEquals("curl", command.name());
        assertEquals(List.of("-o", "x", "url"), command.arguments());
    }

    @Test
    void redirectionBeforeTheNameIsNoName() {
        assertEquals("echo", only(">/tmp/out 2>&1 echo hi").name());
    }

    @Test
    void digitsNotFollowedByARedirectionAreAWord() {
        assertEquals(List.of("2", "3"), arguments("echo 2 3"));
    }

    @Test
    void extendedGlobIsOneWord() {
        assertEquals(List.of("-rf", "!(keep|this)"), arguments("rm -rf !(keep|this)"));
    }
}
