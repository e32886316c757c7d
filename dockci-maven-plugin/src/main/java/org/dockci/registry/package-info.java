/**
 * A client of a registry's HTTP API (Distribution's {@code /v2/}): catalog, tags, manifests and their digests, the
 * labels of an image's config, deletes by digest; basic authentication or Distribution's bearer tokens; and the
 * logins it is used with ({@link org.dockci.registry.RegistryLogins}: settings.xml's, handed in by a mojo, else the
 * docker CLI's own, {@link org.dockci.registry.DockerConfig}). Plain Java ({@code java.net.http}, Jackson), tested
 * against Debian's {@code docker-registry}; it knows nothing of which tags to keep ({@code org.dockci.retention}
 * decides) nor of the run report, which asks it for sizes.
 */
package org.dockci.registry;
