/**
 * Structure tests: declarative checks of an image in container-structure-test's YAML (schema 2.0.0, and 1.0.0's
 * list-form commands): commands run in throwaway containers, files read from the image's filesystem without
 * starting it, and its metadata. Plain Java over {@link org.dockci.engine.DockerEngine}; knows nothing of Maven.
 */
package org.dockci.structure;
