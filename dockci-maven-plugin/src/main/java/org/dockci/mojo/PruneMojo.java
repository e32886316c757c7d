package org.dockci.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.dockci.changes.git.GitException;
import org.dockci.changes.git.GitRepository;
import org.dockci.registry.RegistryClient;
import org.dockci.registry.RegistryLogins;
import org.dockci.registry.RegistryException;
import org.dockci.retention.ImagePlan;
import org.dockci.retention.PruneReport;
import org.dockci.retention.Pruner;
import org.dockci.retention.RetentionPolicy;
import org.dockci.retention.RetentionRules;

/**
 * Registry retention: deletes the candidate tags nobody needs any more from {@code ${dockci.registry}}, for each
 * container image of the reactor ({@code ${dockci.namespace}/<module>}), or, outside any project, for every image of
 * the registry under {@code ${dockci.namespace}/}. Kept whatever their age: releases and their moving tags, the tags
 * of branches that {@code origin} still has, tags dockci did not make ("unknown, kept"), and the newest
 * {@code keepCandidates} candidates of each branch (by commit time; a candidate's branch is the branches of origin
 * whose history holds the commit its tag names, so run it in a clone fetched with {@code --prune}).
 *
 * <p>A dry run by default: it prints, per image, what it would delete and the bytes the registry's garbage collection
 * would then free, and writes {@code target/dockci/prune.json}. With {@code -Ddockci.prune.apply=true} it deletes by
 * manifest digest, never a digest that a kept tag shares. The registry must allow deletes
 * ({@code storage.delete.enabled}) and frees the space only at its next garbage collection. Credentials come from the
 * {@code settings.xml} {@code <server>} whose id is the registry, else from the docker CLI's {@code docker login}:
 * basic authentication, or, for a registry that asks for bearer tokens ({@code auth: token:}), sent to its token
 * server for a token per scope.
 */
@Mojo(name = "prune", aggregator = true, requiresProject = false, threadSafe = true)
public class PruneMojo extends AbstractMojo {

    /** How many candidate tags to keep for each branch, the newest by commit time. */
    @Parameter(property = "dockci.prune.keepCandidates", defaultValue = "5")
    private int keepCandidates;

    /** Deletes the branch tag and the candidates of branches deleted in {@code origin}; false keeps them. */
    @Parameter(property = "dockci.prune.branches", defaultValue = "true")
    private boolean branches;

    /** Deletes for real; false (the default) only prints what would be deleted. */
    @Parameter(property = "dockci.prune.apply", defaultValue = "false")
    private boolean apply;

    /** Skips the prune. */
    @Parameter(property = "dockci.prune.skip", defaultValue = "false")
    private boolean skip;

    /** The registry, {@code host[:port]}; its {@code settings.xml} {@code <server>} has this as id. */
    @Parameter(property = "dockci.registry", defaultValue = "localhost:5000")
    private String registry;

    /** The images' namespace in the registry: images are {@code <registry>/<namespace>/<module>}. */
    @Parameter(property = "dockci.namespace", defaultValue = "dockci")
    private String namespace;

    /**
     * Talks plain HTTP to the registry: allowed for a registry on this machine's loopback only (refused for any
     * other). Unset: plain HTTP for a loopback registry ({@code localhost:5000}), as Docker itself does, HTTPS with
     * verified certificates for any other.
     */
    @Parameter(property = "dockci.registry.insecure")
    private Boolean insecure;

    /** Where {@code prune.json} is written. Default: the build directory's {@code dockci}, else {@code ./target/dockci}. */
    @Parameter(property = "dockci.prune.reportsDirectory")
    private File reportsDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dockci:prune skipped (dockci.prune.skip)");
            return;
        }
        long started = System.nanoTime();
        Path workingDirectory = Path.of(session.getExecutionRootDirectory());
        List<ImagePlan> plans = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (GitRepository git = GitRepository.open(workingDirectory)) {
            RegistryLogins logins = SettingsServer.logins(settings, decrypter, "dockci:prune", System.getenv());
            logins.unread(registry).ifPresent(why -> getLog().warn("dockci:prune: " + why));
            RegistryClient client = new RegistryClient(registry, logins.login(registry),
                    insecure != null ? insecure : RegistryClient.isLoopback(registry));
            RetentionPolicy policy = new RetentionPolicy(new RetentionRules(keepCandidates, branches),
                    git.originBranches(), git::originBranchesContaining);
            Pruner pruner = new Pruner(client, policy);
            for (String repository : repositories(client)) {
                ImagePlan plan = pruner.plan(repository);
                plans.add(plan);
                report(plan);
                if (apply && !plan.plan().digestsToDelete().isEmpty()) {
                    try {
                        int deleted = pruner.apply(plan);
                        getLog().info(repository + ": deleted " + deleted + " manifests");
                    } catch (RegistryException e) {
                        getLog().error(e.getMessage());
                        failures.add(e.getMessage());
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("dockci:prune: " + e.getMessage());
        } catch (RegistryException | GitException e) {
            throw new MojoExecutionException("dockci:prune: " + e.getMessage(), e);
        }
        writeReport(workingDirectory, plans);
        int tags = plans.stream().mapToInt(plan -> plan.plan().decisions().size()).sum();
        getLog().info(String.format(Locale.ROOT, "dockci:prune: %d image%s, %d tag%s, in %.2f s", plans.size(),
                plans.size() == 1 ? "" : "s", tags, tags == 1 ? "" : "s", (System.nanoTime() - started) / 1e9));
        if (!failures.isEmpty()) {
            throw new MojoExecutionException("dockci:prune: " + failures.size() + " of " + plans.size()
                    + " images not pruned: " + String.join("; ", failures));
        }
        if (!apply) {
            getLog().info("dockci:prune: a dry run, nothing deleted; -Ddockci.prune.apply=true deletes");
        }
    }

    /** The reactor's container modules (a Dockerfile next to their POM); outside a project, the registry's catalog. */
    private List<String> repositories(RegistryClient client) {
        String prefix = namespace.isEmpty() ? "" : namespace + "/";
        if (project == null || project.getFile() == null) {
            return client.repositories(prefix);
        }
        return session.getProjects().stream().filter(module -> new File(module.getBasedir(), "Dockerfile").isFile())
                .map(module -> prefix + module.getArtifactId()).toList();
    }

    private void report(ImagePlan plan) {
        getLog().info(PruneReport.summary(plan, apply));
        PruneReport.tagLines(plan).forEach(line -> getLog().info("  " + line));
    }

    private void writeReport(Path workingDirectory, List<ImagePlan> plans) throws MojoExecutionException {
        Path folder = reportsDirectory != null ? reportsDirectory.toPath()
                : project == null || project.getFile() == null ? workingDirectory.resolve("target/dockci")
                : Path.of(project.getBuild().getDirectory(), "dockci");
        try {
            PruneReport.writeJson(folder.resolve("prune.json"), registry, apply, plans);
        } catch (IOException e) {
            throw new MojoExecutionException("dockci:prune: cannot write " + folder.resolve("prune.json") + ": "
                    + e.getMessage(), e);
        }
    }
}
