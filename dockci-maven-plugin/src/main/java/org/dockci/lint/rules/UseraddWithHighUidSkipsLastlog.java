package org.dockci.lint.rules;

import java.util.List;
import java.util.stream.Stream;

import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3046: a {@code useradd} with a UID of six digits or more, in a RUN or an ONBUILD RUN, has
 * {@code -l} ({@code --no-log-init}). Without it useradd writes the user's entry at its UID's offset in
 * {@code /var/log/lastlog} and {@code faillog}: a sparse file that Docker's layers store in full, gigabytes
 * for a UID such as 123456789. Unlike hadolint, a UID given with {@code --uid} is checked too, and one
 * from a variable ({@code -u "$APP_UID"}), which only the build knows, is not.
 */
public final class UseraddWithHighUidSkipsLastlog implements Rule {

    @Override
    public String code() {
        return "DL3046";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "`useradd` without flag `-l` and high UID will result in excessively large Image.";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        if (!ShellRun.anyCommandNamed(input, "useradd")) {
            return List.of();
        }
        return ShellRun.commandViolations(input, ShellRun.Triggers.INCLUDED,
                command -> command.isNamed("useradd") && !command.hasAnyFlag("l", "no-log-init")
                        && Stream.concat(command.flagValues("u").stream(), command.flagValues("uid").stream())
                                .anyMatch(uid -> uid.matches("\\d{6,}")));
    }
}
