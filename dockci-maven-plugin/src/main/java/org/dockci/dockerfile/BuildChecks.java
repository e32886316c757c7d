package org.dockci.dockerfile;

import java.util.List;
import java.util.Map;

/**
 * What BuildKit refuses when it builds an instruction the parser accepted, but can know without
 * running anything: variable substitutions it cannot process in the words it expands, image names it
 * cannot parse, mount, chmod, checksum, port and signal values. A value written with variables is only
 * checked for its syntax: the build's values are not known here.
 */
final class BuildChecks {

    private static final String DEVICE_NEEDS_LABS = "device feature is only supported in Dockerfile frontend "
            + "1.14.0-labs or later";

    private final char escape;
    private final boolean labs;

    /** Checks for a file whose escape character is {@code escape}; {@code labs} when it asks for a labs syntax. */
    BuildChecks(char escape, boolean labs) {
        this.escape = escape;
        this.labs = labs;
    }

    /**
     * Checks {@code instruction}; {@code earlierStages} are the names (lower case) of the stages before it.
     *
     * @throws Refusal on the first problem, in BuildKit's order
     */
    void check(Instruction instruction, List<String> earlierStages) {
        if (instruction instanceof Instruction.From from) {
            checkFrom(from, earlierStages);
        } else if (instruction instanceof Instruction.Env env) {
            checkPairs(env.pairs());
        } else if (instruction instanceof Instruction.Label label) {
            checkPairs(label.pairs());
        } else if (instruction instanceof Instruction.Arg arg) {
            for (Instruction.ArgDeclaration declaration : arg.declarations()) {
                if (declaration.defaultValue() != null) {
                    checkSyntax(declaration.defaultValue());
                }
            }
        } else if (instruction instanceof Instruction.Copy copy) {
            checkTransfer(copy, copy.source(), copy.sources(), copy.destination());
        } else if (instruction instanceof Instruction.Add add) {
            checkTransfer(add, add.source(), add.sources(), add.destination());
        } else if (instruction instanceof Instruction.Workdir workdir) {
            checkSyntax(workdir.path());
        } else if (instruction instanceof Instruction.User user) {
            checkSyntax(user.user());
        } else if (instruction instanceof Instruction.Volume volume) {
            checkVolume(volume);
        } else if (instruction instanceof Instruction.StopSignal stopSignal) {
            String signal = expandStatic(stopSignal.signal());
            String problem = signal == null ? null : StopSignal.problem(signal);
            if (problem != null) {
                throw new Refusal(SyntaxErrorKind.STOPSIGNAL, problem);
            }
        } else if (instruction instanceof Instruction.Expose expose) {
            checkExpose(expose);
        } else if (instruction instanceof Instruction.Run run) {
            checkRun(run);
        }
    }

    private void checkFrom(Instruction.From from, List<String> earlierStages) {
        String image = expandStatic(from.image());
        if (image != null) {
            if (image.isEmpty()) {
                throw new Refusal(SyntaxErrorKind.FROM, "base name (" + from.image() + ") should not be blank");
            }
            if (!image.equals("scratch") && !earlierStages.contains(image)) {
                String problem = ImageReference.problem(image);
                if (problem != null) {
                    throw new Refusal(SyntaxErrorKind.FROM, "failed to parse stage name " + GoStrings.quote(image) + ": "
                            + problem);
                }
            }
        }
        from.source().flag("platform").ifPresent(platform -> {
            if (platform.value() != null) {
                checkSyntax(platform.value());
            }
        });
    }

    private void checkPairs(List<Instruction.KeyValue> pairs) {
        for (Instruction.KeyValue pair : pairs) {
            checkSyntax(pair.key());
            checkSyntax(pair.value());
        }
    }

    private void checkTransfer(Instruction instruction, Source source, List<String> sources, String destination) {
        boolean add = instruction instanceof Instruction.Add;
        String from = flagValue(source, "from");
        if (!from.isEmpty() && !expandWithoutVariables(from).equals(from)) {
            throw new Refusal(SyntaxErrorKind.TRANSFER_OPTION, "variable expansion is not supported for --from, "
                    + "define a new stage with FROM using ARG from global scope as a workaround");
        }
        checkSyntax(flagValue(source, "chown"));
        String chmod = flagValue(source, "chmod");
        String mode = expandStatic(chmod);
        String checksum = flagValue(source, "checksum");
        String digest = add ? expandStatic(checksum) : "";
        for (String path : sources) {
            checkSyntax(path);
        }
        checkSyntax(destination);
        for (Heredoc heredoc : ((Instruction.Transfer) instruction).heredocs()) {
            if (heredoc.expand()) {
                String problem = new WordExpander('\\').skipProcessQuotes().syntaxOnly().syntaxError(heredoc.content());
                if (problem != null) {
                    throw new Refusal(SyntaxErrorKind.SUBSTITUTION, problem);
                }
            }
        }
        if (mode != null && !mode.isEmpty()) {
            String problem = FileMode.problem(mode);
            if (problem != null) {
                throw new Refusal(SyntaxErrorKind.TRANSFER_OPTION, problem);
            }
        }
        if (digest != null && !digest.isEmpty()) {
            checkChecksum(sources, digest);
        }
        if (!add) {
            for (String path : sources) {
                String expanded = expandStatic(path);
                if (expanded != null && RemoteSource.isRemote(expanded)) {
                    throw new Refusal(SyntaxErrorKind.TRANSFER_OPTION, RemoteSource.isGit(expanded)
                            ? "source can't be a git ref for COPY" : "source can't be a URL for COPY");
                }
            }
        }
    }

    private void checkChecksum(List<String> sources, String digest) {
        if (sources.size() != 1) {
            throw new Refusal(SyntaxErrorKind.TRANSFER_OPTION, "checksum can't be specified for multiple sources");
        }
        String path = expandStatic(sources.get(0));
        if (path == null) {
            return;
        }
        if (!RemoteSource.isRemote(path) && !RemoteSource.isGit(path)) {
            throw new Refusal(SyntaxErrorKind.TRANSFER_OPTION, "checksum requires HTTP(S) or Git sources");
        }
        if (!RemoteSource.isGit(path)) {
            String problem = ImageReference.digestProblem(digest);
            if (problem != null) {
                throw new Refusal(SyntaxErrorKind.TRANSFER_OPTION, problem);
            }
        }
    }

    private void checkVolume(Instruction.Volume volume) {
        boolean empty = false;
        for (String path : volume.paths()) {
            empty |= "".equals(expandStatic(path));
        }
        if (empty) {
            throw new Refusal(SyntaxErrorKind.ARGUMENTS, "VOLUME specified can not be an empty string");
        }
    }

    private void checkExpose(Instruction.Expose expose) {
        for (String port : expose.ports()) {
            List<String> ports;
            try {
                ports = new WordExpander(escape).syntaxOnly().processWords(port, Map.of());
            } catch (IllegalArgumentException malformed) {
                throw new Refusal(SyntaxErrorKind.SUBSTITUTION, malformed.getMessage());
            }
            if (port.indexOf('$') >= 0) {
                continue;
            }
            for (String one : ports) {
                String problem = PortSpec.problem(one);
                if (problem != null) {
                    throw new Refusal(SyntaxErrorKind.EXPOSE, problem);
                }
            }
        }
    }

    private void checkRun(Instruction.Run run) {
        for (Flag flag : run.source().flags()) {
            if (flag.name().equals("mount")) {
                RunOptions.checkMount(flag.value(), this::expandStatic);
            }
        }
        if (!labs && run.source().flag("device").isPresent()) {
            throw new Refusal(SyntaxErrorKind.RUN_OPTION, DEVICE_NEEDS_LABS);
        }
    }

    private static String flagValue(Source source, String name) {
        return source.flag(name).map(Flag::value).orElse("");
    }

    /**
     * The word as the build expands it when it holds no variable, or null when it does (then only its
     * syntax is checked).
     *
     * @throws Refusal when the word is malformed
     */
    private String expandStatic(String word) {
        if (word.indexOf('$') >= 0) {
            checkSyntax(word);
            return null;
        }
        return expand(word);
    }

    private String expand(String word) {
        if (isPlain(word)) {
            return word;
        }
        try {
            return new WordExpander(escape).syntaxOnly().processWord(word, Map.of());
        } catch (IllegalArgumentException malformed) {
            throw new Refusal(SyntaxErrorKind.SUBSTITUTION, malformed.getMessage());
        }
    }

    /** The word expanded with no variable set, as BuildKit checks {@code COPY --from}. */
    private String expandWithoutVariables(String word) {
        try {
            return new WordExpander(escape).processWord(word, Map.of());
        } catch (IllegalArgumentException malformed) {
            throw new Refusal(SyntaxErrorKind.SUBSTITUTION, malformed.getMessage());
        }
    }

    private void checkSyntax(String word) {
        if (isPlain(word)) {
            return;
        }
        String problem = new WordExpander(escape).syntaxOnly().syntaxError(word);
        if (problem != null) {
            throw new Refusal(SyntaxErrorKind.SUBSTITUTION, problem);
        }
    }

    /** A word the shell lexer leaves as it is: no quote, escape or dollar. */
    private boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '$' || c == '\'' || c == '"' || c == escape) {
                return false;
            }
        }
        return true;
    }
}
