package org.dockci.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SimpleCommandTest {

    private static SimpleCommand only(String script) {
        List<SimpleCommand> commands = ShellScript.parse(script).commands();
        assertEquals(1, commands.size(), () -> "commands of " + script + ": " + commands);
        return commands.get(0);
    }

    @Test
    void shortFlagMatchesAloneOrCombined() {
        assertTrue(only("apt-get install -y curl").hasFlag("y"));
        assertTrue(only("apt-get install -qy curl").hasFlag("y"));
        assertTrue(only("apt-get -yq install curl").hasFlag("y"));
        assertTrue(only("apt-get install \"-y\" curl").hasFlag("y"));
    }

    @Test
    void shortFlagDoesNotMatchLongFlagsOrOtherLetters() {
        assertFalse(only("apt-get install --yes curl").hasFlag("y"));
        assertFalse(only("apt-get install -q curl").hasFlag("y"));
        assertFalse(only("apt-get install yes").hasFlag("y"));
        assertFalse(only("apt-get install '-'").hasFlag("y"));
    }

    @Test
    void longFlagMatchesWithOrWithoutValue() {
        assertTrue(only("apt-get install --yes curl").hasFlag("yes"));
        assertTrue(only("apt-get install --yes=true curl").hasFlag("yes"));
        assertFalse(only("apt-get install -yes curl").hasFlag("yes"));
        assertFalse(only("apt-get install --yesterday curl").hasFlag("yes"));
    }

    @Test
    void wordsAfterDoubleDashAreNoFlags() {
        SimpleCommand command = only("rm -f -- -y --yes");
        assertFalse(command.hasFlag("y"));
        assertFalse(command.hasFlag("yes"));
        assertTrue(command.hasFlag("f"));
        assertEquals(List.of("-y", "--yes"), command.argumentsWithoutFlags());
    }

    @Test
    void flagsListsEveryOccurrence() {
        SimpleCommand command = only("apt-get -qq install --no-install-recommends --yes=1 curl");
        assertEquals(List.of("q", "q", "no-install-recommends", "yes"), command.flags());
        assertEquals(2, command.countFlag("q"));
        assertEquals(0, command.countFlag("y"));
    }

    @Test
    void hasAnyFlagMatchesOneOfSeveral() {
        assertTrue(only("apt-get install --assume-yes x").hasAnyFlag("y", "yes", "assume-yes"));
        assertFalse(only("apt-get install -q x").hasAnyFlag("y", "yes", "assume-yes"));
    }

    @Test
    void flagsOfTheWrapperAreNotOnTheWrappedCommand() {
        SimpleCommand command = only("busybox wget -q http://x");
        assertEquals("wget", command.name());
        assertEquals(List.of("-q", "http://x"), command.arguments());
        assertEquals(List.of("busybox", "wget", "-q", "http://x"),
                command.words().stream().map(Word::value).toList());
    }

    @Test
    void wrappersNameTheCommandTheyRun() {
        assertEquals("cd", only("builtin cd /x").name());
        assertEquals("cd", only("command cd /x").name());
        assertEquals("command", only("command -v cd").name());
        assertEquals("gosu", only("exec gosu app run").name());
        assertEquals("nginx", only("exec -a name -c nginx -g x").name());
        assertEquals("exec", only("exec >/dev/null").name());
        assertEquals("sudo", only("sudo apt-get install x").name());
    }

    @Test
    void argumentsWithoutFlagsDropsFlagsButNotUnnamedValues() {
        SimpleCommand command = only("apt-get install -y -t bookworm-backports curl=1.0 --no-install-recommends");
        assertEquals(List.of("install", "bookworm-backports", "curl=1.0"), command.argumentsWithoutFlags());
    }

    @Test
    void argumentsWithoutFlagsDropsTheSeparateValueOfNamedFlags() {
        SimpleCommand command = only("apt-get -o Dpkg::Options::=--force-confnew install -y"
                + " -t bookworm-backports --target-release stable curl");
        assertEquals(List.of("install", "curl"), command.argumentsWithoutFlags("o", "t", "target-release"));
    }

    @Test
    void inlineFlagValueKeepsTheNextArgument() {
        assertEquals(List.of("install", "curl"),
                only("apt-get install --target-release=stable curl").argumentsWithoutFlags("target-release"));
        assertEquals(List.of("add", "gcc"),
                only("apk add -t.deps gcc").argumentsWithoutFlags("t"));
        assertEquals(List.of("add", "gcc"),
                only("apk add --no-cache -Ut .deps gcc").argumentsWithoutFlags("t", "virtual"));
    }

    @Test
    void lonelyDashIsAnArgument() {
        assertEquals(List.of("x", "-"), only("tar -xzf x -").argumentsWithoutFlags());
        assertEquals(List.of(), only("cat -").flags());
    }

    @Test
    void subcommandSkipsFlags() {
        assertEquals("install", only("apt-get -qq -y install curl").subcommand());
        assertEquals("install", only("apt-get -o APT::x=1 install curl").subcommand("o"));
        assertEquals("APT::x=1", only("apt-get -o APT::x=1 install curl").subcommand());
        assertEquals("", only("apt-get --version").subcommand());
    }

    @Test
    void flagValuesOfLongFlags() {
        assertEquals(List.of("1000"), only("useradd --uid=1000 app").flagValues("uid"));
        assertEquals(List.of("1000"), only("useradd --uid 1000 app").flagValues("uid"));
        assertEquals(List.of(), only("useradd --uid").flagValues("uid"));
    }

    @Test
    void flagValuesOfShortFlags() {
        assertEquals(List.of("123456"), only("useradd -u 123456 app").flagValues("u"));
        assertEquals(List.of("123456"), only("useradd -mu 123456 app").flagValues("u"));
        assertEquals(List.of("123456"), only("useradd -u123456 app").flagValues("u"));
        assertEquals(List.of("2"), only("apt-get -q=2 install x").flagValues("q"));
        assertEquals(List.of("1", "2"), only("useradd -u 1 -u 2").flagValues("u"));
        assertEquals(List.of(), only("useradd -m app").flagValues("u"));
        assertEquals(List.of(), only("useradd -- -u 1").flagValues("u"));
    }

    @Test
    void hasArgumentMatchesWholeArgumentsAnywhere() {
        SimpleCommand command = only("rm -rf /var/lib/apt/lists/*");
        assertTrue(command.hasArgument("-rf"));
        assertTrue(command.hasArgument("x", "/var/lib/apt/lists/*"));
        assertFalse(command.hasArgument("/var/lib/apt/lists"));
        assertFalse(command.hasArgument("rm"));
        assertTrue(only("rm -rf \"/var/lib/apt/lists/\"*").hasArgument("/var/lib/apt/lists/*"));
    }

    @Test
    void hasArgumentStartingWithMatchesPrefixes() {
        assertTrue(only("gem install --version=1.0 rails").hasArgumentStartingWith("--version="));
        assertFalse(only("gem install --version 1.0 rails").hasArgumentStartingWith("--version="));
    }

    @Test
    void isNamedComparesTheWholeName() {
        assertTrue(only("apt-get update").isNamed("apt", "apt-get"));
        assertFalse(only("/usr/bin/apt-get update").isNamed("apt-get"));
        assertFalse(only("apt-get-x update").isNamed("apt-get"));
    }

    @Test
    void enablesPipefailNeedsTheOptionOnASetOrAShell() {
        assertTrue(only("set -o pipefail").enablesPipefail());
        assertTrue(only("set -euxo pipefail").enablesPipefail());
        assertTrue(only("/usr/bin/bash -o pipefail -c").enablesPipefail());
        assertTrue(only("ash -eo pipefail -c").enablesPipefail());
        assertFalse(only("set -o errexit").enablesPipefail());
        assertFalse(only("set pipefail").enablesPipefail());
        assertFalse(only("sh -o pipefail -c").enablesPipefail());
        assertFalse(only("echo -o pipefail").enablesPipefail());
    }

    @Test
    void toStringShowsTheWordsAsWritten() {
        assertEquals("apt-get install 'a b'", only("X=1 apt-get   install 'a b' >/dev/null").toString());
    }
}
