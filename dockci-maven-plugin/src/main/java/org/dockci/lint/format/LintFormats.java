package org.dockci.lint.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dockci.lint.Finding;

/**
 * The formats one lint run writes: the files of those that have one, and the console lines of {@link LintFormat#TTY}
 * and {@link LintFormat#HADOLINT}. The console always shows the findings: a choice with neither line format prints
 * {@code tty} lines.
 *
 * @param chosen the formats, in no particular order
 */
public record LintFormats(Set<LintFormat> chosen) {

    /** What is written when nothing is chosen: the console lines, the JUnit and the checkstyle report. */
    public static final LintFormats DEFAULT = new LintFormats(EnumSet.of(LintFormat.TTY, LintFormat.JUNIT,
            LintFormat.CHECKSTYLE));

    /** Keeps an unmodifiable copy; at least one format. */
    public LintFormats {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no format: name at least one of " + LintFormat.names());
        }
        chosen = Set.copyOf(EnumSet.copyOf(chosen));
    }

    /**
     * The formats named in {@code names} (entries may hold several, comma-separated; blank entries are skipped);
     * empty when none is named.
     *
     * @throws IllegalArgumentException for a name no format has, naming the formats there are
     */
    public static Optional<LintFormats> parse(Collection<String> names) {
        Set<LintFormat> formats = EnumSet.noneOf(LintFormat.class);
        for (String entry : names) {
            for (String name : entry == null ? new String[0] : entry.split(",")) {
                if (!name.isBlank()) {
                    formats.add(LintFormat.parse(name));
                }
            }
        }
        return formats.isEmpty() ? Optional.empty() : Optional.of(new LintFormats(formats));
    }

    /** Whether {@code format} is chosen. */
    public boolean has(LintFormat format) {
        return chosen.contains(format);
    }

    /** The lines the console shows for {@code finding}: one per chosen line format, {@code tty}'s when none is. */
    public List<String> consoleLines(Finding finding) {
        List<String> lines = new ArrayList<>(2);
        if (has(LintFormat.TTY) || !has(LintFormat.HADOLINT)) {
            lines.add(finding.toString());
        }
        if (has(LintFormat.HADOLINT)) {
            lines.add(HadolintLines.line(finding));
        }
        return lines;
    }

    /** The formats' names in their order, comma-separated, as the user would give them. */
    @Override
    public String toString() {
        return String.join(",", EnumSet.copyOf(chosen).stream().map(LintFormat::label).toList());
    }
}
