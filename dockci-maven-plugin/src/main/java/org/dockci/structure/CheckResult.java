package org.dockci.structure;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one check.
 *
 * @param kind     what sort of test it was
 * @param name     the test's {@code name} (the metadata and licence tests have none of their own)
 * @param errors   why it failed; empty when it passed
 * @param duration how long it took
 * @param stdout   what a command printed; empty for other checks
 * @param stderr   what a command printed on its error stream
 */
public record CheckResult(Kind kind, String name, List<String> errors, Duration duration, String stdout,
        String stderr) {

    /** The sorts of test, named as container-structure-test names them. */
    public enum Kind {
        COMMAND("Command Test"), FILE_CONTENT("File Content Test"), FILE_EXISTENCE("File Existence Test"),
        LICENSE("License Test"), METADATA("Metadata Test");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** {@code Command Test}, … */
        public String label() {
            return label;
        }
    }

    /** Keeps an unmodifiable copy. */
    public CheckResult {
        errors = List.copyOf(errors);
    }

    /** Whether the check passed. */
    public boolean passed() {
        return errors.isEmpty();
    }

    /** {@code Command Test: whoami}, as container-structure-test names a result. */
    public String title() {
        return name.isEmpty() ? kind.label() : kind.label() + ": " + name;
    }
}
