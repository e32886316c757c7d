package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3020: ADD is only for what COPY cannot do, fetching URLs and unpacking local archives; every
 * other ADD should be a COPY. ADD's extra magic (unpacking, downloading) surprises the reader when a
 * plain file was meant.
 *
 * <p>An archive is recognised by its extension, case-sensitively as in hadolint; a URL is
 * {@code http://}, {@code https://} or, unlike hadolint, a git address ({@code git@…},
 * {@code git://…}) that BuildKit's ADD clones and COPY cannot.
 */
public final class AddOnlyForArchivesAndUrls implements Rule {

    private static final List<String> URL_PREFIXES = List.of("http://", "https://", "git@", "git://");

    @Override
    public String code() {
        return "DL3020";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Use COPY instead of ADD for files and folders";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.Add.class,
                AddOnlyForArchivesAndUrls::addsPlainFiles);
    }

    /** Whether some source is neither an archive nor a URL: a heredoc is a plain file too. */
    private static boolean addsPlainFiles(Instruction.Add add) {
        if (!add.heredocs().isEmpty()) {
            return true;
        }
        for (String source : add.sources()) {
            String path = ContainerPath.unquoted(source);
            boolean archive = ContainerPath.isArchive(path);
            boolean url = URL_PREFIXES.stream().anyMatch(path::startsWith);
            if (!archive && !url) {
                return true;
            }
        }
        return false;
    }
}
