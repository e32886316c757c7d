/** Tests of the pipeline as a whole: the Jenkinsfile, and the release run end to end. */
package org.dockci.pipeline;
