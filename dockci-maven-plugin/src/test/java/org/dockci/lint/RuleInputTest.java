package org.dockci.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

    @Test
    void aSharedValueIsWorkedOutOnceForEveryRuleThatAsks() {
        RuleInput input = new RuleInput(dockerfile);
        List<String> computed = new ArrayList<>();
        Function<RuleInput, Integer> instructions = in -> {
            computed.add("instructions");
            return in.dockerfile().instructions().size();
        };
        Function<RuleInput, Integer> twice = in -> 2 * in.shared(instructions); // one value may use another

        assertEquals(4, input.shared(twice));
        assertEquals(2, input.shared(instructions));
        assertEquals(4, input.shared(twice));
        assertEquals(List.of("instructions"), computed);
        assertEquals(2, new RuleInput(dockerfile).shared(instructions)); // another file, worked out again
        assertEquals(List.of("instructions", "instructions"), computed);
    }

    @Test
    void theStagesAreThoseTheBaseImagesName() {
        RuleInput input = new RuleInput(DockerfileParser.parse("FROM debian AS build\nRUN make\nFROM build\n"));

        assertEquals(input.dockerfile().stages(), input.stages());
        assertSame(input.stages().get(1), input.baseImages().get(1).stage());
        assertSame(input.stages().get(0), input.baseImages().get(1).earlierStage().orElseThrow());
    }
}
