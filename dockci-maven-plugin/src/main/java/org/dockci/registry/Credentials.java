package org.dockci.registry;

/** A user name and password for the registry (a {@code settings.xml} {@code <server>}); the password is never printed. */
public record Credentials(String username, String password) {

    @Override
    public String toString() {
        return "Credentials[" + username + ", password hidden]";
    }
}
