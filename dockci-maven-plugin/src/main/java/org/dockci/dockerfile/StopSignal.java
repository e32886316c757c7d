package org.dockci.dockerfile;

import java.util.Locale;
import java.util.Set;

/** The signals STOPSIGNAL accepts on Linux: a non-zero number, or a name with or without {@code SIG}. */
final class StopSignal {

    private static final Set<String> NAMES = Set.of("ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL",
            "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM",
            "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN",
            "RTMIN+1", "RTMIN+2", "RTMIN+3", "RTMIN+4", "RTMIN+5", "RTMIN+6", "RTMIN+7", "RTMIN+8", "RTMIN+9",
            "RTMIN+10", "RTMIN+11", "RTMIN+12", "RTMIN+13", "RTMIN+14", "RTMIN+15", "RTMAX-14", "RTMAX-13",
            "RTMAX-12", "RTMAX-11", "RTMAX-10", "RTMAX-9", "RTMAX-8", "RTMAX-7", "RTMAX-6", "RTMAX-5", "RTMAX-4",
            "RTMAX-3", "RTMAX-2", "RTMAX-1", "RTMAX");

    private StopSignal() {
    }

    /** Docker's message when {@code signal} is not a signal, or null. */
    static String problem(String signal) {
        try {
            return GoNumbers.parseInt(signal, 10, 64) == 0 ? "invalid signal: " + signal : null;
        } catch (NumberFormatException notANumber) {
            String name = signal.toUpperCase(Locale.ROOT);
            if (name.startsWith("SIG")) {
                name = name.substring(3);
            }
            return NAMES.contains(name) ? null : "invalid signal: " + signal;
        }
    }
}
