package org.dockci.structure;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A command run in a throwaway container of the image, its output and exit code checked. {@code command} is a
 * string in schema 2.0.0 (its arguments in {@code args}) and a list in 1.0.0; both are accepted. {@code setup}
 * commands run first, each committed for the next, as container-structure-test's docker driver does;
 * {@code teardown} is accepted and not run (the container is thrown away anyway, as that driver does too).
 */
public record CommandTest(String name, List<List<String>> setup, List<List<String>> teardown, List<KeyValue> envVars,
        Integer exitCode, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> command,
        List<String> args, List<String> expectedOutput, List<String> excludedOutput, List<String> expectedError,
        List<String> excludedError) {

    /** Missing lists are empty, a missing exit code is 0. */
    public CommandTest {
        name = name == null ? "" : name;
        setup = setup == null ? List.of() : setup;
        teardown = teardown == null ? List.of() : teardown;
        envVars = envVars == null ? List.of() : envVars;
        exitCode = exitCode == null ? 0 : exitCode;
        command = command == null ? List.of() : command;
        args = args == null ? List.of() : args;
        expectedOutput = expectedOutput == null ? List.of() : expectedOutput;
        excludedOutput = excludedOutput == null ? List.of() : excludedOutput;
        expectedError = expectedError == null ? List.of() : expectedError;
        excludedError = excludedError == null ? List.of() : excludedError;
    }

    /** The program and all its arguments. */
    List<String> commandLine() {
        List<String> line = new ArrayList<>(command);
        line.addAll(args);
        return line;
    }
}
