package org.dockci.lint.rules;

import java.math.BigInteger;
import java.util.List;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3011: every port an EXPOSE names, alone or as an end of a range, must be at most 65535. A
 * bigger number is a typo: no such port exists, so the image documents a port nothing can use.
 * Ports written as variables are not checked.
 */
public final class ExposedPortIsInRange implements Rule {

    private static final BigInteger HIGHEST_PORT = BigInteger.valueOf(65535);

    @Override
    public String code() {
        return "DL3011";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Valid UNIX ports range from 0 to 65535";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        return EachInstruction.violating(input.dockerfile(), Instruction.Expose.class,
                expose -> expose.ports().stream().anyMatch(ExposedPortIsInRange::namesTooHighPort));
    }

    /** Whether {@code port} ({@code 80}, {@code 80/tcp}, {@code 8000-9000/udp}) has a number above 65535. */
    private static boolean namesTooHighPort(String port) {
        int protocol = port.indexOf('/');
        String numbers = protocol < 0 ? port : port.substring(0, protocol);
        for (String number : numbers.split("-", -1)) {
            if (!number.isEmpty() && number.chars().allMatch(c -> c >= '0' && c <= '9')
                    && new BigInteger(number).compareTo(HIGHEST_PORT) > 0) {
                return true;
            }
        }
        return false;
    }
}
