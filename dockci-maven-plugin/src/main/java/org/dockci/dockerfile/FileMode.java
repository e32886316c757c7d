package org.dockci.dockerfile;

/**
 * Checks the {@code --chmod} of COPY and ADD as BuildKit does: an octal mode up to 07777, or a
 * symbolic one as chmod(1) writes it ({@code u+x}, {@code go=rx,u=rwx}).
 */
final class FileMode {

    private FileMode() {
    }

    /** Docker's message when {@code mode} is neither an octal nor a symbolic mode, or null. */
    static String problem(String mode) {
        String nonOctal = "invalid chmod parameter: '" + mode + "'. it should be octal string and between 0 and 07777";
        try {
            return GoNumbers.parseUint(mode, 8, 32) > 07777 ? nonOctal : null;
        } catch (NumberFormatException notOctal) {
            if (!mode.isEmpty() && mode.charAt(0) >= '0' && mode.charAt(0) <= '9') {
                return nonOctal;
            }
            return isSymbolic(mode) ? null : "invalid syntax";
        }
    }

    /** {@code [ugoa]*([-+=][rwxXstugo]*)+} clauses separated by commas. */
    private static boolean isSymbolic(String mode) {
        int i = 0;
        int length = mode.length();
        while (true) {
            while (i < length && "augo".indexOf(mode.charAt(i)) >= 0) {
                i++;
            }
            do {
                if (i == length || "+-=".indexOf(mode.charAt(i)) < 0) {
                    return false;
                }
                i++;
                while (i < length && "rstwXxugo".indexOf(mode.charAt(i)) >= 0) {
                    i++;
                }
                if (i == length) {
                    return true;
                }
            } while (mode.charAt(i) != ',');
            i++;
        }
    }
}
