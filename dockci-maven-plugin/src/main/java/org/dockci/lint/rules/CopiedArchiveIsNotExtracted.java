package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dockci.dockerfile.BuildStage;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;
import org.dockci.shell.SimpleCommand;

/**
 * DL3010: an archive a COPY brings in from the build context is not extracted by a later RUN of the
 * same stage ({@code tar -x}, {@code tar --extract}, {@code unzip}, {@code gunzip}…). The archive then
 * stays in the COPY's layer for good; ADD extracts a local tar archive without keeping it. The finding
 * is at the COPY.
 *
 * <p>Archives are recognised by their extension, as for DL3020, and matched by file name: a COPY of
 * {@code app.tar} (or to {@code /opt/app.tar}) and a {@code tar -xf /usr/src/app/app.tar} are the same
 * archive, Windows paths included. A {@code COPY --from} of another stage is not checked. Unlike
 * hadolint, the old form {@code tar xf app.tar} extracts too.
 */
public final class CopiedArchiveIsNotExtracted implements Rule {

    private static final Set<String> DECOMPRESSORS = Set.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz",
            "zgz", "uncompress", "zcat", "gzcat");

    @Override
    public String code() {
        return "DL3010";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String message() {
        return "Use `ADD` for extracting archives into an image";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (BuildStage stage : input.stages()) {
            // each archive copied so far in the stage, by file name, with the COPY that brought it
            Map<String, Instruction.Copy> archives = new LinkedHashMap<>();
            List<Instruction.Copy> extracted = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Copy copy && BuildStages.copiedFrom(copy).isEmpty()) {
                    archiveNames(copy).forEach(name -> archives.put(name, copy));
                }
                Optional<ShellRun> run = ShellRun.of(input, instruction);
                if (run.isPresent() && !run.get().trigger()) {
                    for (SimpleCommand command : run.get().script().commands()) {
                        if (extracts(command)) {
                            command.argumentsWithoutFlags().stream().map(ContainerPath::basename)
                                    .map(archives::get).filter(copy -> copy != null && !extracted.contains(copy))
                                    .forEach(extracted::add);
                        }
                    }
                }
            }
            extracted.stream().map(copy -> Violation.at(copy, null)).forEach(violations::add);
        }
        violations.sort((first, second) -> first.position().compareTo(second.position()));
        return violations;
    }

    /** The file names the archives of {@code copy} have once copied: the destination's, when it names one. */
    private static List<String> archiveNames(Instruction.Copy copy) {
        if (ContainerPath.isArchive(copy.destination())) {
            return List.of(ContainerPath.basename(copy.destination()));
        }
        return copy.sources().stream().filter(ContainerPath::isArchive).map(ContainerPath::basename).toList();
    }

    private static boolean extracts(SimpleCommand command) {
        if (DECOMPRESSORS.contains(command.name())) {
            return true;
        }
        if (!command.isNamed("tar")) {
            return false;
        }
        List<String> arguments = command.arguments();
        boolean oldStyle = !arguments.isEmpty() && arguments.get(0).matches("[A-Za-z]*x[A-Za-z]*");
        return oldStyle || command.hasAnyFlag("x", "extract", "get");
    }
}
