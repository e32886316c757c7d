/**
 * The Docker engine, as the plugin's own goals use it (the image's packages, the released image's pending
 * updates, the deploy's push, whether the engine answers at all): the only code that runs the {@code docker}
 * program. fabric8's docker-maven-plugin builds, starts and stops; this package asks the engine about images, tags
 * and pushes them and runs throwaway containers, through the same CLI the user has, so that {@code DOCKER_HOST},
 * contexts and registry logins apply as they do for them.
 */
package org.dockci.engine;
