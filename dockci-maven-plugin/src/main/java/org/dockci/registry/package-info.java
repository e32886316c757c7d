/**
 * A client of a registry's HTTP API (Distribution's {@code /v2/}): catalog, tags, manifests and their digests, the
 * labels of an image's config, deletes by digest; basic authentication or Distribution's bearer tokens. Plain Java ({@code java.net.http}, Jackson), tested against Debian's
 * {@code docker-registry}; it knows nothing of which tags to keep ({@code org.dockci.retention} decides).
 */
package org.dockci.registry;
