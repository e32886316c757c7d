package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.DockerfileParser;
import org.dockci.shell.ShellScript;
import org.junit.jupiter.api.Test;

class RuleInputTest {

    private final Dockerfile dockerfile = DockerfileParser.parse("FROM debian\nRUN apt-get update\n");

    @Test
    void aScriptIsReadAsShellScriptReadsIt() {
        ShellScript script = new RuleInput(dockerfile).shellScript("apt-get update && apt-get install -y curl | tee x");

        assertEquals(List.of("apt-get", "apt-get", "tee"), script.commandNames());
        assertEquals(ShellScript.parse("apt-get update && apt-get install -y curl | tee x").hasPipe(), script.hasPipe());
    }

    @Test
    void theSameTextIsParsedOnceAndShared() {
        RuleInput input = new RuleInput(dockerfile);

        ShellScript first = input.shellScript("apt-get update");
        assertSame(first, input.shellScript("apt-get update"));
        assertSame(first, input.shellScript(new String("apt-get update"))); // equal text, another string
        assertNotSame(first, input.shellScript("apt-get upgrade"));
    }

    @Test
    void eachFileGetsItsOwnInput() {
        assertNotSame(new RuleInput(dockerfile).shellScript("make"), new RuleInput(dockerfile).shellScript("make"));
        assertSame(dockerfile, new RuleInput(dockerfile).dockerfile());
    }
}
