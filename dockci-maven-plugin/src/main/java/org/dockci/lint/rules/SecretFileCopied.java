package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DC2001: COPY and ADD do not put private keys or credential files into the image. A file in a
 * layer stays readable by anyone who can pull the image, even when a later layer deletes it.
 *
 * <p>Secret files, by name: SSH private keys ({@code id_rsa}, {@code id_dsa}, {@code id_ecdsa},
 * {@code id_ed25519}, with suffixes such as {@code id_rsa_deploy}, not {@code .pub}); {@code *.key},
 * {@code *.p12} and {@code *.pfx}; a {@code .pem} only when its name says key ({@code key.pem},
 * {@code privkey.pem}, {@code tls-key.pem}, {@code server_key.pem}, {@code private.pem}), since
 * {@code cert.pem} or {@code chain.pem} hold public certificates; {@code .env} and {@code .env.*}
 * (not {@code .env.example}, {@code .sample}, {@code .template}, {@code .dist}); {@code .netrc},
 * {@code .npmrc}, {@code .pypirc}, {@code .git-credentials}, {@code .pgpass}, {@code .dockercfg},
 * {@code .docker/config.json}, {@code .aws/credentials}, {@code .kube/config}; and the whole folders
 * {@code .ssh}, {@code .gnupg}, {@code .aws}, {@code .docker}, {@code .kube}. An {@code htpasswd}
 * holds password hashes a web server is meant to read, so it is not reported. {@code COPY --from}
 * copies between stages and is not checked; ONBUILD COPY and ADD are.
 */
public final class SecretFileCopied implements Rule {

    private static final Pattern SSH_PRIVATE_KEY = Pattern.compile("id_(rsa|dsa|ecdsa|ed25519)(_sk)?([._-].*)?");

    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile("(.*[._-])?(key|privkey)\\.pem|.*private.*\\.pem");

    private static final Set<String> SECRET_FILES = Set.of(".netrc", "_netrc", ".npmrc", ".pypirc",
            ".git-credentials", ".pgpass", ".dockercfg", ".ssh", ".gnupg", ".aws", ".docker", ".kube");

    private static final Set<String> ENV_TEMPLATES = Set.of("example", "sample", "template", "dist");

    @Override
    public String code() {
        return "DC2001";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Do not copy private keys or credential files into the image";
    }

    @Override
    public List<Violation> check(Dockerfile dockerfile) {
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            Instruction checked = instruction instanceof Instruction.OnBuild onBuild ? onBuild.trigger() : instruction;
            if (!(checked instanceof Instruction.Transfer transfer) || checked.source().flag("from").isPresent()) {
                continue;
            }
            for (String source : transfer.sources()) {
                if (!ContainerPath.isHeredocMarker(source) && isSecretFile(ContainerPath.unquoted(source))) {
                    violations.add(Violation.at(instruction, checked.keyword() + " of " + source + " puts a secret"
                            + " into the image, readable by anyone who can pull it even if a later layer deletes it:"
                            + " mount it where it is needed instead (RUN --mount=type=secret or type=ssh at build"
                            + " time, a volume or secret when the container starts)"));
                }
            }
        }
        return violations;
    }

    /** Whether the file or folder at {@code path} is a private key or holds credentials, by its name. */
    static boolean isSecretFile(String path) {
        String[] parts = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").split("/");
        String name = parts[parts.length - 1];
        String folder = parts.length > 1 ? parts[parts.length - 2] : "";
        if (name.endsWith(".pub")) {
            return false;
        }
        return SSH_PRIVATE_KEY.matcher(name).matches()
                || name.endsWith(".key") || name.endsWith(".p12") || name.endsWith(".pfx")
                || PEM_PRIVATE_KEY.matcher(name).matches()
                || name.equals(".env") || (name.startsWith(".env.") && !ENV_TEMPLATES.contains(name.substring(5)))
                || SECRET_FILES.contains(name)
                || (folder.equals(".docker") && name.equals("config.json"))
                || (folder.equals(".aws") && name.equals("credentials"))
                || (folder.equals(".kube") && name.equals("config"));
    }
}
