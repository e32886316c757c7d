package org.dockci.changes;

/**
 * Whether a module's released image has gone stale without any commit: its packages have updates waiting, or
 * the base image it was built from has been replaced. Asked in change mode {@code refresh}, of the modules no
 * commit changed. Implemented outside this package (it needs the engine); change detection only asks.
 */
@FunctionalInterface
public interface StalenessCheck {

    /** Asks nothing: every released image is taken as current. */
    StalenessCheck NONE = (module, release) -> new Freshness(false, "not checked");

    /**
     * The freshness of {@code module}'s image released as {@code release}.
     *
     * @throws RuntimeException when the check could not be made (registry or package mirror unreachable): a
     *                          refresh that cannot look must fail, never report "nothing pending"
     */
    Freshness check(ContainerModule module, Baseline release);

    /**
     * A verdict on one released image.
     *
     * @param stale  whether it must be rebuilt
     * @param detail one phrase: {@code 4 pending updates: openssl …}, {@code nothing pending, base current}
     */
    record Freshness(boolean stale, String detail) {
    }
}
