/**
 * The Docker engine, as the plugin's own goals use it (the image's packages, the released image's pending
 * updates): the only code that runs the {@code docker} program. fabric8's docker-maven-plugin builds, starts
 * and pushes; this package asks the engine about images and runs throwaway containers, through the same CLI
 * the user has, so that {@code DOCKER_HOST}, contexts and registry logins apply as they do for them.
 */
package org.dockci.engine;
