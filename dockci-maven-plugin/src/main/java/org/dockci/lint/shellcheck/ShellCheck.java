package org.dockci.lint.shellcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.lint.Severity;

/**
 * ShellCheck on a Dockerfile's RUN scripts, as hadolint runs it (see {@link RunScripts} for what each script
 * is and gets), with one {@code shellcheck} process per Dockerfile, each script a file of its own: a script's
 * variables and dialect are its own, as each RUN runs in a shell of its own. Each comment is placed back at
 * the line and column of the Dockerfile where the words it blames were written.
 */
public final class ShellCheck {

    private static final Comparator<ShellCheckFinding> BY_POSITION =
            Comparator.comparing(ShellCheckFinding::position).thenComparing(ShellCheckFinding::code);

    private final ShellCheckProgram program;

    /** ShellCheck run as {@code program}. */
    public ShellCheck(ShellCheckProgram program) {
        this.program = program;
    }

    /** What ShellCheck made of one Dockerfile. */
    public sealed interface Outcome {
    }

    /** ShellCheck ran (or there was no script to give it): its findings, in source order. */
    public record Checked(List<ShellCheckFinding> findings) implements Outcome {

        /** The list is copied: the record is immutable. */
        public Checked {
            findings = List.copyOf(findings);
        }
    }

    /** ShellCheck did not check the scripts, for {@code reason} (it crashed, hung or could not be run). */
    public record Failed(String reason) implements Outcome {
    }

    /** ShellCheck's findings on the RUN scripts of {@code dockerfile}, a valid one. */
    public Outcome check(Dockerfile dockerfile) {
        List<ScriptFile> files = RunScripts.of(dockerfile).stream().map(ScriptFile::new).toList();
        if (files.isEmpty()) {
            return new Checked(List.of());
        }
        List<ShellCheckProgram.Comment> comments;
        try {
            comments = program.check(files.stream().map(ScriptFile::content).toList());
        } catch (ShellCheckFailure e) {
            return new Failed(e.getMessage());
        }
        Map<String, ScriptFile> byName = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byName.put(ShellCheckProgram.fileName(i), files.get(i));
        }
        List<ShellCheckFinding> findings = new ArrayList<>();
        for (ShellCheckProgram.Comment comment : comments) {
            ScriptFile file = byName.get(comment.file());
            if (file == null) {
                return new Failed(program.executable() + " reported on a file it was not given: " + comment.file());
            }
            findings.add(new ShellCheckFinding("SC" + comment.code(), severity(comment.level()),
                    file.position(comment.line(), comment.column()), comment.message()));
        }
        findings.sort(BY_POSITION);
        return new Checked(findings);
    }

    /** ShellCheck's level as hadolint maps it: error, warning, info and style as they are, anything else an error. */
    static Severity severity(String level) {
        return switch (String.valueOf(level)) {
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "style" -> Severity.STYLE;
            default -> Severity.ERROR;
        };
    }
}
