package org.dockci.dockerfile;

/**
 * The catalogue of what Docker's parser and builder refuse before running anything, one dockci code
 * each (DC1000 to DC1999). Every {@link SyntaxError} has the code of one of these; its message is
 * Docker's own, except for {@link #NOT_TEXT}: Docker would read a binary file as lines of unknown
 * instructions, which says nothing useful, so dockci reads no further and says what the file is.
 */
public enum SyntaxErrorKind {
    UNKNOWN_INSTRUCTION("DC1000", "Unknown instruction."),
    NO_BUILD_STAGE("DC1001", "An instruction other than ARG before the first FROM, or no FROM at all."),
    NO_INSTRUCTIONS("DC1002", "The file holds no instruction, only comments, directives or blank lines."),
    ARGUMENTS("DC1003", "An instruction with too few or too many arguments, or an empty one."),
    KEY_VALUE("DC1004", "A malformed name=value pair of ENV, LABEL or ARG, or a blank name."),
    UNKNOWN_FLAG("DC1005", "A flag the instruction does not have."),
    FLAG_VALUE("DC1006", "A flag given twice, without the value it needs, or a boolean flag given something else."),
    JSON("DC1007", "A JSON array holding something else than strings, or SHELL not in JSON form."),
    HEREDOC("DC1008", "An unterminated here-document, or one where Docker does not take it."),
    DIRECTIVE("DC1009", "A parser directive given twice, an escape character other than \\ and `, or check options Docker cannot read."),
    FROM("DC1010", "A malformed FROM: not one or three arguments, an invalid stage name, an invalid image name."),
    ONBUILD("DC1011", "An instruction ONBUILD cannot trigger: ONBUILD, FROM or MAINTAINER."),
    HEALTHCHECK("DC1012", "A malformed HEALTHCHECK: unknown type, missing command, bad duration or retries."),
    SUBSTITUTION("DC1013", "A variable substitution or quote Docker cannot process where it expands variables."),
    RUN_OPTION("DC1014", "An invalid RUN --mount, --network, --security or --device value."),
    TRANSFER_OPTION("DC1015", "An invalid COPY or ADD --chmod, --from or --checksum, or a URL or git source for COPY."),
    EXPOSE("DC1016", "A port EXPOSE cannot parse."),
    STOPSIGNAL("DC1017", "A signal STOPSIGNAL does not know."),
    LINE_TOO_LONG("DC1018", "A line longer than Docker's limit of 65,535 bytes."),
    NOT_TEXT("DC1019", "Not a text file: a NUL byte, or bytes that are not UTF-8; reported once for the file.");

    private final String code;
    private final String meaning;

    SyntaxErrorKind(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The code, e.g. {@code DC1000}. */
    public String code() {
        return code;
    }

    /** What the code stands for, in one sentence (for the README and {@code dockci:help}). */
    public String meaning() {
        return meaning;
    }

    /** An error of this kind at {@code position}, with Docker's {@code message}. */
    public SyntaxError at(Position position, String message) {
        return new SyntaxError(code, message, position);
    }
}
