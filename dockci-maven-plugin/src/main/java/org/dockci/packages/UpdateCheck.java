package org.dockci.packages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether an image's packages have updates waiting in its repositories: {@link #SCRIPT}, run as root inside
 * the image, refreshes the package lists and simulates an upgrade; {@link #read} makes a verdict of what it
 * printed. A repository that cannot be reached is an error, never "no updates".
 */
public final class UpdateCheck {

    /** What the script exits with when the package lists could not be refreshed. */
    static final int UPDATE_FAILED = 70;

    /**
     * apt: {@code apt-get update} with every failed download an error, then the upgrade simulated (nothing is
     * installed, the image is not changed: it is thrown away anyway). apk: {@code apk update}, then the packages
     * older than the index. Prints {@code manager …}, then one {@code update} line per package.
     */
    public static final String SCRIPT = script();

    private static final Pattern FAILED_HOST = Pattern.compile(
            "(?:Could not resolve '([^']+)'|Failed to fetch [a-z+]+://([^/\\s]+)|Could not connect to ([^\\s(]+)"
                    + "|Err:\\d+ [a-z+]+://([^/\\s]+)"
                    + "|Unable to connect to ([^\\s(]+)|[a-z+]+://([^/\\s]+)/\\S*: (?:temporary error|network error|"
                    + "Connection refused|Operation timed out|DNS lookup error))");

    private UpdateCheck() {
    }

    /** update-check.sh, beside this class: scripts/pending-updates.sh runs the same file. */
    private static String script() {
        try (InputStream in = UpdateCheck.class.getResourceAsStream("update-check.sh")) {
            if (in == null) {
                throw new IllegalStateException("update-check.sh is missing from the plugin's classes");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the check found: updates (maybe none), or why it could not tell. */
    public sealed interface Result {
    }

    /** The package manager was asked: these updates are pending (none: the image is current). */
    public record Pending(String manager, List<PendingUpdate> updates) implements Result {

        /** Keeps an unmodifiable copy. */
        public Pending {
            updates = List.copyOf(updates);
        }

        /** {@code 4 pending updates: openssl, libssl3, curl, libcurl4}, or {@code no pending update}. */
        public String describe(int shown) {
            if (updates.isEmpty()) {
                return "no pending update";
            }
            String names = updates.stream().limit(shown).map(PendingUpdate::toString).collect(Collectors.joining(", "));
            return updates.size() + (updates.size() == 1 ? " pending update: " : " pending updates: ") + names
                    + (updates.size() > shown ? ", …" : "");
        }
    }

    /** The image could not be checked, and that is a fact about the image, not a failure: distroless, scratch. */
    public record NotChecked(String why) implements Result {
    }

    /** The check could not reach the package repositories: nothing can be said, and the build must not go on. */
    public record Unreachable(String hosts, String detail) implements Result {
    }

    /**
     * The verdict on one run of {@link #SCRIPT}.
     *
     * @param exitCode how the container ended
     * @param stdout   what the script printed
     * @param stderr   what it (or the engine, when the image has no shell) printed on standard error
     */
    public static Result read(int exitCode, String stdout, String stderr) {
        String manager = stdout.lines().filter(line -> line.startsWith("manager\t")).map(line -> line.substring(8).strip())
                .findFirst().orElse("");
        if (manager.isEmpty()) {
            if (exitCode == 126 || exitCode == 127 || stderr.contains("executable file not found")
                    || stderr.contains("no such file or directory")) {
                return new NotChecked("no shell in the image (sh), its packages cannot be asked");
            }
            return new NotChecked("the check did not run (exit " + exitCode + "): " + firstLine(stderr));
        }
        if (exitCode == UPDATE_FAILED) {
            return new Unreachable(failedHosts(stderr), lastErrorLines(stderr));
        }
        if (exitCode != 0) {
            return new Unreachable("", "the check ended with exit " + exitCode + ": " + firstLine(stderr));
        }
        return switch (manager) {
            case "none" -> new NotChecked("no package manager found (apt, apk, rpm)");
            case "rpm" -> new NotChecked("an rpm-based image: dockci lists its packages but does not check them"
                    + " for updates yet");
            default -> new Pending(manager, updates(stdout));
        };
    }

    private static List<PendingUpdate> updates(String stdout) {
        List<PendingUpdate> updates = new ArrayList<>();
        for (String line : stdout.lines().toList()) {
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("update") && fields.length >= 4) {
                updates.add(new PendingUpdate(fields[1], fields[2], fields[3]));
            }
        }
        return updates;
    }

    /** The hosts apt or apk could not reach, as they name them: {@code deb.debian.org, 127.0.0.1}. */
    static String failedHosts(String stderr) {
        Set<String> hosts = new LinkedHashSet<>();
        Matcher matcher = FAILED_HOST.matcher(stderr);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    hosts.add(matcher.group(group));
                    break;
                }
            }
        }
        return String.join(", ", hosts);
    }

    private static String lastErrorLines(String stderr) {
        List<String> errors = stderr.lines().filter(line -> line.startsWith("E:") || line.startsWith("W:")
                || line.startsWith("Err:") || line.startsWith("ERROR") || line.startsWith("WARNING")).toList();
        List<String> shown = errors.isEmpty() ? stderr.lines().toList() : errors;
        return shown.stream().skip(Math.max(0, shown.size() - 3)).collect(Collectors.joining(" | "));
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("(no message)");
    }
}
