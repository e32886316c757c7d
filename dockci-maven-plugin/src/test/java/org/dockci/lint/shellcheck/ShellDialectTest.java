package org.dockci.lint.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ShellDialectTest {

    @Test
    void shellIsNamedByItsProgramWhateverTheFolder() {
        assertEquals(ShellDialect.BASH, ShellDialect.ofShell(List.of("/bin/bash", "-o", "pipefail", "-c")));
        assertEquals(ShellDialect.BASH, ShellDialect.ofShell(List.of("/usr/local/bin/bash", "-c")));
        assertEquals(ShellDialect.SH, ShellDialect.ofShell(List.of("/bin/sh", "-c")));
        assertEquals(ShellDialect.DASH, ShellDialect.ofShell(List.of("dash", "-c")));
        assertEquals(ShellDialect.KSH, ShellDialect.ofShell(List.of("/bin/ksh", "-c")));
        assertEquals(ShellDialect.ASH, ShellDialect.ofShell(List.of("/bin/ash", "-eo", "pipefail", "-c")));
    }

    @Test
    void envAndBusyboxNameTheShellThatRuns() {
        assertEquals(ShellDialect.BASH, ShellDialect.ofShell(List.of("/usr/bin/env", "bash", "-c")));
        assertEquals(ShellDialect.BASH, ShellDialect.ofShell(List.of("/usr/bin/env", "-S", "bash", "-c")));
        assertEquals(ShellDialect.ASH, ShellDialect.ofShell(List.of("/bin/busybox", "sh", "-c")));
        assertEquals(ShellDialect.OTHER, ShellDialect.ofShell(List.of("/usr/bin/env")));
    }

    @Test
    void shellsShellCheckCannotCheckAreNotChecked() {
        for (List<String> shell : List.<List<String>>of(List.of("pwsh", "-Command"), List.of("cmd.exe", "/S", "/C"),
                List.of("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\PowerShell.exe", "-command"),
                List.of("/bin/zsh", "-c"), List.of("/usr/bin/fish", "-c"), List.of("python3", "-c"), List.<String>of())) {
            assertFalse(ShellDialect.ofShell(shell).checked(), shell::toString);
        }
    }

    @Test
    void shebangNamesTheShellOfAHeredocScript() {
        assertEquals(Optional.of(ShellDialect.BASH), ShellDialect.ofShebang("#!/usr/bin/env bash"));
        assertEquals(Optional.of(ShellDialect.SH), ShellDialect.ofShebang("#!/bin/sh -e"));
        assertEquals(Optional.of(ShellDialect.SH), ShellDialect.ofShebang("#! /bin/sh"));
        assertEquals(Optional.of(ShellDialect.OTHER), ShellDialect.ofShebang("#!/usr/bin/python3"));
        assertEquals(Optional.of(ShellDialect.OTHER), ShellDialect.ofShebang("#!"));
        assertEquals(Optional.empty(), ShellDialect.ofShebang("# not a shebang"));
        assertEquals(Optional.empty(), ShellDialect.ofShebang("set -e"));
    }

    @Test
    void shebangShellCheckReadsIsThatOfTheDialect() {
        assertEquals("#!/bin/sh", ShellDialect.SH.shebang());
        assertEquals("#!/bin/bash", ShellDialect.named("bash").shebang());
        assertEquals("#!/bin/ash", ShellDialect.ASH.shebang());
    }
}
