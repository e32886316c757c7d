/**
 * The packages inside an image: what is installed (its bill of materials), what changed between two images,
 * and what updates its package manager has pending. Plain Java over the output of small shell scripts that
 * {@code org.dockci.engine} runs in throwaway containers.
 */
package org.dockci.packages;
