package org.dockci.testkit;

import java.util.UUID;

/**
 * A private bridge network a test creates so that its containers reach each other by name (a front
 * and its back ends), as they do in a compose project; removed on close, after its containers.
 */
public final class TestNetwork implements AutoCloseable {

    private final String name;

    private TestNetwork(String name) {
        this.name = name;
    }

    /** Creates a new network with a name of its own. */
    public static TestNetwork create() {
        String name = "dockci-it-" + UUID.randomUUID().toString().substring(0, 8);
        Docker.run("network", "create", "--label", TestContainer.LABEL, "--label", TestContainer.buildLabel(), name);
        return new TestNetwork(name);
    }

    /** The network's name, for {@code --network NAME}. */
    public String name() {
        return name;
    }

    @Override
    public void close() {
        Docker.tryRun("network", "rm", name);
    }
}
