package org.dockci.lint.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One way {@code dockci:lint} tells its findings: lines on the console ({@link #TTY}, {@link #HADOLINT}) or a file
 * in the reports folder. Named as {@code dockci.lint.format} and the {@code .hadolint.yaml}'s {@code format} take
 * them; hadolint's own name {@code gitlab_codeclimate} is taken for {@link #GITLAB}.
 */
public enum LintFormat {

    /** dockci's lines on the console: {@code FILE:LINE:COL: SEVERITY CODE message}. */
    TTY("tty", null),
    /**
     * hadolint's default lines, without colours: {@code FILE:LINE CODE SEVERITY: message}, on the console and in
     * {@code lint-hadolint.txt}, for problem matchers written for hadolint.
     */
    HADOLINT("hadolint", "lint-hadolint.txt"),
    /** hadolint's {@code --format json}: one array of {@code file, line, column, level, code, message}. */
    JSON("json", "lint-hadolint.json"),
    /** SARIF 2.1.0, for code scanning dashboards. */
    SARIF("sarif", "lint.sarif"),
    /** GitLab's Code Quality report (a subset of Code Climate's), shown in merge requests. */
    GITLAB("gitlab", "gl-code-quality-report.json"),
    /** Checkstyle XML, for Jenkins' warnings plugin and review tools. */
    CHECKSTYLE("checkstyle", "checkstyle-lint.xml"),
    /** JUnit XML, which Jenkins shows as tests. */
    JUNIT("junit", "TEST-dockci-lint.xml");

    private final String label;
    private final String fileName;

    LintFormat(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /**
     * The format named {@code name}, in any case.
     *
     * @throws IllegalArgumentException naming the formats there are, when none has that name
     */
    public static LintFormat parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("gitlab_codeclimate")) {
            return GITLAB;
        }
        for (LintFormat format : values()) {
            if (format.label.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name.trim() + "': use " + names()
                + " (hadolint's gitlab_codeclimate is gitlab; its codeclimate, gnu, codacy and sonarqube are not"
                + " written by dockci)");
    }

    /** The formats' names, as a sentence: {@code tty, hadolint, ... or junit}. */
    public static String names() {
        String all = Arrays.stream(values()).map(LintFormat::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** The name the user gives: {@code sarif}. */
    public String label() {
        return label;
    }

    /** The file written into the reports folder; none for {@link #TTY}, which only prints. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }
}
