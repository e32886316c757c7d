/**
 * How a container module's ITs are run: in Maven's own JVM, or in a JVM of their own when several modules build
 * at once. Plain Java; the detect goal hands the answer to failsafe as a project property.
 */
package org.dockci.its;
