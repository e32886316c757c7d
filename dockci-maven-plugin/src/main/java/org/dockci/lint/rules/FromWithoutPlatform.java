package org.dockci.lint.rules;

import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3029: FROM has no {@code --platform} flag, except one naming {@code $BUILDPLATFORM} or
 * {@code $TARGETPLATFORM}. A fixed platform builds an image for that platform whatever the build
 * asks for, which breaks multi-platform builds and runs emulated on other hosts.
 */
public final class FromWithoutPlatform implements Rule {

    @Override
    public String code() {
        return "DL3029";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Do not use --platform flag with FROM";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.From.class,
                from -> from.source().flag("platform").filter(platform -> !followsTheBuild(platform.value()))
                        .isPresent());
    }

    private static boolean followsTheBuild(String platform) {
        return platform != null && (platform.contains("BUILDPLATFORM") || platform.contains("TARGETPLATFORM"));
    }
}
