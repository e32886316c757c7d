package org.dockci.lint.rules;

import java.util.List;
import java.util.Set;

import org.dockci.dockerfile.Flag;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3065: no {@code FROM --platform=$TARGETPLATFORM}: a stage is built for the target platform
 * anyway, so the flag only adds noise. {@code $BUILDPLATFORM}, which cross-compiling stages need, is
 * fine here (DL3029 goes further and asks for no {@code --platform} at all).
 */
public final class FromPlatformIsNotTargetPlatform implements Rule {

    private static final Set<String> TARGET_PLATFORM = Set.of("$TARGETPLATFORM", "${TARGETPLATFORM}");

    @Override
    public String code() {
        return "DL3065";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        // hadolint's words, "in is" included, so that what matches its messages matches these
        return "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default "
                + "behavior";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.From.class,
                from -> from.source().flag("platform").map(Flag::value).filter(TARGET_PLATFORM::contains).isPresent());
    }
}
