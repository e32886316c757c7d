package org.dockci.lint.shellcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dockci.dockerfile.CommandLine;
import org.dockci.dockerfile.Comment;
import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.FromImage;
import org.dockci.dockerfile.Heredoc;
import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Position;

/**
 * The scripts of a Dockerfile's shell-form RUNs (ONBUILD ones included), each with the shell and the
 * variables it gets, as hadolint hands them to ShellCheck:
 * <ul>
 * <li>The shell is {@code sh} unless {@code SHELL} names another, in the stage; a stage {@code FROM} an
 * earlier stage starts with that stage's shell, any other stage with {@code sh}. hadolint's pragma
 * {@code # hadolint shell=bash} ({@code dockci} may stand for {@code hadolint}) sets it from there on, in the
 * stage, or, before the first FROM, for the whole file. A RUN whose shell ShellCheck cannot check (PowerShell,
 * {@code cmd}, zsh…) is left out.
 * <li>The variables are Docker's proxy ones ({@code HTTP_PROXY}…) and the names the stage's ARGs and ENVs
 * declared before the RUN, so that SC2154 ("referenced but not assigned") only fires for what is unset. As in
 * Docker, a stage FROM an earlier stage keeps that stage's ENVs but not its ARGs, and an ONBUILD RUN, which
 * runs in a later build, gets the stage's ENVs and the ONBUILD ARGs and ENVs before it.
 * <li>The script is the shell form's command, continuations joined as Docker joins them; for a RUN that is only
 * a heredoc ({@code RUN <<EOF}) the heredoc's body, whose own shebang, if any, names the shell (a body for
 * another interpreter, {@code #!/usr/bin/python3}, is left out); for a RUN with heredocs in its command
 * ({@code cat <<EOF >/etc/x}) the command then the bodies and their delimiters, the script BuildKit runs.
 * </ul>
 * Exec-form RUNs run no shell and are left out, as in hadolint.
 */
final class RunScripts {

    /** The proxy variables Docker passes to every RUN without an ARG (hadolint's list). */
    static final Set<String> PROXY_VARIABLES = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy");

    /** hadolint's shell pragma; as in its ignore pragmas, {@code dockci} may stand for {@code hadolint}. */
    private static final Pattern SHELL_PRAGMA =
            Pattern.compile("(?:hadolint|dockci)[ \\t]+shell[ \\t]*=[ \\t]*([^ \\t#]+)[ \\t]*(?:#.*)?");

    /** What a stage gives the RUNs that follow in it. */
    private static final class StageShell {
        ShellDialect dialect;
        final Set<String> env = new TreeSet<>();
        final Set<String> args = new TreeSet<>();
        final Set<String> triggerNames = new TreeSet<>();

        StageShell(ShellDialect dialect) {
            this.dialect = dialect;
        }
    }

    private RunScripts() {
    }

    /** The scripts of {@code dockerfile}'s RUNs that ShellCheck can check, in source order. */
    static List<RunScript> of(Dockerfile dockerfile) {
        List<Comment> comments = new ArrayList<>(dockerfile.comments());
        comments.sort(Comparator.comparingInt(Comment::line));
        ShellDialect fileDefault = ShellDialect.DEFAULT;
        List<FromImage> bases = dockerfile.baseImages();
        StageShell stage = null;
        Map<Integer, StageShell> byIndex = new HashMap<>();
        List<RunScript> scripts = new ArrayList<>();
        int comment = 0;
        for (Instruction instruction : dockerfile.instructions()) {
            for (; comment < comments.size() && comments.get(comment).line() < instruction.line(); comment++) {
                Optional<ShellDialect> pragma = shellPragma(comments.get(comment));
                if (pragma.isPresent() && stage == null) {
                    fileDefault = pragma.get();
                } else if (pragma.isPresent()) {
                    stage.dialect = pragma.get();
                }
            }
            if (instruction instanceof Instruction.From) {
                FromImage base = bases.get(byIndex.size());
                StageShell parent = base.earlierStage().map(earlier -> byIndex.get(earlier.index())).orElse(null);
                stage = new StageShell(parent != null ? parent.dialect : fileDefault);
                if (parent != null) {
                    stage.env.addAll(parent.env); // ENV is in the image; ARG is not
                }
                byIndex.put(base.stage().index(), stage);
            } else if (stage != null) {
                read(instruction, stage).ifPresent(scripts::add);
            }
        }
        return scripts;
    }

    /** What {@code instruction} adds to {@code stage}, and its script when it is a RUN that ShellCheck can check. */
    private static Optional<RunScript> read(Instruction instruction, StageShell stage) {
        if (instruction instanceof Instruction.Shell shell) {
            stage.dialect = ShellDialect.ofShell(shell.shell());
        } else if (instruction instanceof Instruction.Run run) {
            return script(instruction, run.command(), stage.dialect, variables(stage.env, stage.args));
        } else if (instruction instanceof Instruction.OnBuild onBuild) {
            if (onBuild.trigger() instanceof Instruction.Run run) {
                return script(instruction, run.command(), stage.dialect, variables(stage.env, stage.triggerNames));
            }
            addNames(onBuild.trigger(), stage.triggerNames, stage.triggerNames);
        } else {
            addNames(instruction, stage.env, stage.args);
        }
        return Optional.empty();
    }

    /** Adds the names an ENV declares to {@code env}, those an ARG declares to {@code args}. */
    private static void addNames(Instruction instruction, Set<String> env, Set<String> args) {
        if (instruction instanceof Instruction.Env declared) {
            declared.pairs().forEach(pair -> env.add(pair.key()));
        } else if (instruction instanceof Instruction.Arg declared) {
            declared.declarations().forEach(declaration -> args.add(declaration.name()));
        }
    }

    private static Set<String> variables(Set<String> env, Set<String> more) {
        Set<String> variables = new TreeSet<>(PROXY_VARIABLES);
        variables.addAll(env);
        variables.addAll(more);
        return variables;
    }

    private static Optional<RunScript> script(Instruction instruction, CommandLine command, ShellDialect stageDialect,
            Set<String> variables) {
        if (command.execForm()) {
            return Optional.empty();
        }
        Position start = instruction.source().span().start();
        ShellDialect dialect = stageDialect;
        boolean ownShebang = false;
        StringBuilder text = new StringBuilder();
        List<RunScript.Piece> pieces = new ArrayList<>();
        if (command.runsHeredoc()) {
            Heredoc body = command.heredocs().get(0);
            int newline = body.content().indexOf('\n');
            Optional<ShellDialect> shebang =
                    ShellDialect.ofShebang(newline < 0 ? body.content() : body.content().substring(0, newline));
            if (shebang.isPresent()) {
                dialect = shebang.get();
                ownShebang = true;
            }
            text.append(body.content());
            pieces.add(new RunScript.Piece(0, body::contentPosition));
        } else {
            String shell = command.shell();
            text.append(shell);
            pieces.add(new RunScript.Piece(0, offset -> command.shellPosition(offset).orElse(start)));
            for (Heredoc heredoc : command.heredocs()) {
                text.append('\n');
                pieces.add(new RunScript.Piece(text.length(), heredoc::contentPosition));
                text.append(heredoc.content());
                int delimiterLine = heredoc.span().end().line();
                pieces.add(new RunScript.Piece(text.length(), offset -> new Position(delimiterLine, 1 + offset)));
                text.append(heredoc.name());
            }
        }
        if (!dialect.checked() || text.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RunScript(instruction, dialect, variables, text.toString(), ownShebang, pieces));
    }

    private static Optional<ShellDialect> shellPragma(Comment comment) {
        Matcher pragma = SHELL_PRAGMA.matcher(comment.text());
        return pragma.matches() ? Optional.of(ShellDialect.named(pragma.group(1))) : Optional.empty();
    }
}
