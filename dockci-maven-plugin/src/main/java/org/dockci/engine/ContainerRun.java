package org.dockci.engine;

import java.util.List;
import java.util.Optional;

/**
 * A throwaway container to run: {@code command} as the container's whole command line (the image's entrypoint
 * is not run), with the image's user unless {@code user} says otherwise.
 *
 * @param image        the image to run
 * @param command      the program and its arguments
 * @param environment  {@code KEY=VALUE} pairs added to the image's environment
 * @param user         the user to run as, instead of the image's
 * @param privileged   {@code --privileged}
 * @param tty          {@code --tty}
 * @param capabilities capabilities added ({@code --cap-add})
 * @param binds        bind mounts, {@code HOST:CONTAINER[:OPTIONS]}
 */
public record ContainerRun(String image, List<String> command, List<String> environment, Optional<String> user,
        boolean privileged, boolean tty, List<String> capabilities, List<String> binds) {

    /** Keeps unmodifiable copies. */
    public ContainerRun {
        command = List.copyOf(command);
        environment = List.copyOf(environment);
        capabilities = List.copyOf(capabilities);
        binds = List.copyOf(binds);
    }

    /** {@code command} in {@code image}, as its user, with nothing added. */
    public static ContainerRun of(String image, List<String> command) {
        return new ContainerRun(image, command, List.of(), Optional.empty(), false, false, List.of(), List.of());
    }

    /** The same run in another image (one a setup step committed). */
    public ContainerRun in(String otherImage) {
        return new ContainerRun(otherImage, command, environment, user, privileged, tty, capabilities, binds);
    }

    /** The same run with another command. */
    public ContainerRun running(List<String> otherCommand) {
        return new ContainerRun(image, otherCommand, environment, user, privileged, tty, capabilities, binds);
    }

    /** The {@code docker run}/{@code create} options, before the image. */
    List<String> options() {
        List<String> options = new java.util.ArrayList<>();
        environment.forEach(pair -> options.addAll(List.of("--env", pair)));
        user.ifPresent(name -> options.addAll(List.of("--user", name)));
        if (privileged) {
            options.add("--privileged");
        }
        if (tty) {
            options.add("--tty");
        }
        capabilities.forEach(capability -> options.addAll(List.of("--cap-add", capability)));
        binds.forEach(bind -> options.addAll(List.of("--volume", bind)));
        // the command is the whole command line, as container-structure-test runs it
        options.addAll(List.of("--entrypoint", ""));
        return options;
    }
}
