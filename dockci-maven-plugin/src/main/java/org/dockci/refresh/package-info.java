/**
 * The security refresh: whether a container's released image has gone stale without a commit (updates waiting
 * for its packages, a replaced base image), for change mode {@code refresh}. Asks the engine
 * ({@code org.dockci.engine}) and reads the answers with {@code org.dockci.packages}.
 */
package org.dockci.refresh;
