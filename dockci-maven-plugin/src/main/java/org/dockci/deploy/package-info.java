/**
 * The deploy phase's push: the tested image's candidate tag first, then its moving tags, one at a time, through the
 * user's docker CLI ({@link org.dockci.engine.DockerEngine}), with a record of which tags the registry has when a
 * push fails half-way, and the command that finishes it.
 */
package org.dockci.deploy;
