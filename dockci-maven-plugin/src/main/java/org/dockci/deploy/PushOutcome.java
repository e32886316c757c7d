package org.dockci.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@link TagPush} left in the registry, also {@code target/dockci/push.json} of the module, which the run
 * report reads.
 *
 * @param image     the image's name without tag, {@code localhost:5000/dockci/x3-webdav}
 * @param pushed    the tags the registry has now, in the order they were pushed (the candidate first)
 * @param notPushed the tags it does not have: the one that failed, then those not tried
 * @param failure   what the docker CLI said of the failed push; empty when every tag was pushed
 */
public record PushOutcome(String image, List<String> pushed, List<String> notPushed, String failure) {

    public static final String NAME = "push.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keeps unmodifiable copies. */
    public PushOutcome {
        pushed = List.copyOf(pushed);
        notPushed = List.copyOf(notPushed);
        failure = failure == null ? "" : failure;
    }

    /** Whether every tag is in the registry. */
    public boolean complete() {
        return notPushed.isEmpty();
    }

    /** Some tags pushed, not all: the registry holds a release that is not whole. */
    public boolean halfPushed() {
        return !pushed.isEmpty() && !notPushed.isEmpty();
    }

    /** The one command that pushes the missing tags, from the engine that has them: {@code docker push …:1 && …}. */
    public String finishCommand() {
        return notPushed.stream().map(tag -> "docker push " + image + ":" + tag).collect(Collectors.joining(" && "));
    }

    /**
     * One line for the log: {@code pushed 1.0.0, 1.0, 1, latest to …}, or what was pushed and what not, why, and
     * how to finish.
     */
    public String describe() {
        if (complete()) {
            return "pushed " + String.join(", ", pushed) + " to " + image;
        }
        String state = pushed.isEmpty() ? "nothing pushed to " + image + " (not pushed: " + String.join(", ", notPushed)
                + ")" : "half pushed to " + image + ": pushed " + String.join(", ", pushed) + "; not pushed "
                + String.join(", ", notPushed);
        return state + ". The push of " + notPushed.get(0) + " failed: " + failure + ". Every tag is on this engine;"
                + " once the registry answers, finish with: " + finishCommand()
                + " (or run the same deploy again: it pushes every tag, those the registry has cost nothing)";
    }

    /** Writes {@code directory/push.json}. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(NAME).toFile(), this);
    }

    /** Reads {@code directory/push.json}. */
    public static PushOutcome read(Path directory) throws IOException {
        return JSON.readValue(directory.resolve(NAME).toFile(), PushOutcome.class);
    }
}
