/**
 * Registry retention: which tags of an image to keep and why ({@link org.dockci.retention.RetentionPolicy}, plain Java
 * over tags, digests and branches), and a prune that reads a registry, plans and deletes by digest
 * ({@link org.dockci.retention.Pruner}). Which branches hold a commit comes from git, through
 * {@link org.dockci.retention.CommitBranches}; this package does not know JGit.
 */
package org.dockci.retention;
