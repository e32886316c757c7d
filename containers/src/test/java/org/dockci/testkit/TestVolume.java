package org.dockci.testkit;

/** A named volume a test creates to carry data from one container to the next; removed on close. */
public final class TestVolume implements AutoCloseable {

    private final String name;

    private TestVolume(String name) {
        this.name = name;
    }

    /** Creates a new, empty volume with a name Docker chooses. */
    public static TestVolume create() {
        return new TestVolume(Docker.run("volume", "create", "--label", TestContainer.LABEL, "--label", TestContainer.buildLabel()));
    }

    /** The volume's name, for {@code --volume NAME:/path}. */
    public String name() {
        return name;
    }

    @Override
    public void close() {
        Docker.tryRun("volume", "rm", "--force", name);
    }
}
