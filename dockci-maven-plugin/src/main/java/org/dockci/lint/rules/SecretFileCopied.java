package org.dockci.lint.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.dockci.dockerfile.Instruction;
import org.dockci.dockerfile.Position;
import org.dockci.dockerfile.RemoteSource;
import org.dockci.lint.BuildContext;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DC2001: COPY and ADD do not put private keys or credential files into the image. A file in a
 * layer stays readable by anyone who can pull the image, even when a later layer deletes it.
 *
 * <p>A file in the build context is judged by what it holds ({@link CopiedFileContent}): a private
 * key (PEM, OpenSSH, PGP, PKCS#8, PKCS#12 or Java key store with a key), credentials ({@code .env}
 * or {@code .npmrc} assigning a secret-looking name, AWS credentials, a GCP service-account key,
 * Docker registry auths) is an error; a public key, a certificate, a keyring, a credentials file
 * without credentials is fine, whatever its name ({@code COPY jenkins.io.key} then
 * {@code gpg --import}). Of a folder or a glob, the files named like secrets (below) are read.
 * When the file cannot be read (a URL, a source with a variable, a file outside the context, missing
 * or left out by {@code .dockerignore}, no context given) or holds nothing dockci recognises, it is
 * judged by its name, and then only as a warning.
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

    private static final String MOUNT_IT = "mount it where it is needed instead (RUN --mount=type=secret or type=ssh"
            + " at build time, a volume or secret when the container starts)";

    private final BuildContext context;

    /** The rule without a build context: every file is judged by its name, as a warning at most. */
    public SecretFileCopied() {
        this(null);
    }

    /** The rule reading the files COPY and ADD take from {@code context} (null: none known). */
    public SecretFileCopied(BuildContext context) {
        this.context = context;
    }

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
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : input.dockerfile().instructions()) {
            Instruction checked = instruction instanceof Instruction.OnBuild onBuild ? onBuild.trigger() : instruction;
            if (!(checked instanceof Instruction.Transfer transfer) || checked.source().flag("from").isPresent()) {
                continue;
            }
            for (String source : transfer.sources()) {
                if (!ContainerPath.isHeredocMarker(source)) {
                    String copy = checked.keyword() + " of " + source;
                    violations.addAll(judge(instruction.source().span().start(), copy,
                            ContainerPath.unquoted(source)));
                }
            }
        }
        return violations;
    }

    /** What the source {@code path} of {@code copy} ("COPY of x") puts into the image, reported at {@code at}. */
    private List<Violation> judge(Position at, String copy, String path) {
        if (RemoteSource.isRemote(path)) {
            return byName(at, copy, urlName(path), "dockci cannot read what the URL serves");
        }
        if (context == null) {
            return byName(at, copy, path, "dockci was given no build context to read it in");
        }
        if (path.contains("$")) {
            return byName(at, copy, path, "dockci does not expand the variable in it");
        }
        List<Path> named = context.resolve(path);
        if (named.isEmpty()) {
            return byName(at, copy, path, "it is not in the build context " + context.root()
                    + " (missing, outside it, or left out by .dockerignore)");
        }
        boolean globbed = path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
        List<Violation> violations = new ArrayList<>();
        for (Path match : named) {
            if (Files.isDirectory(match, LinkOption.NOFOLLOW_LINKS)) {
                // of a folder, only the files named like secrets are read: reading every file would be slow
                for (Path file : context.filesUnder(match)) {
                    String relative = context.relative(file);
                    if (isSecretFile(relative)) {
                        judgeFile(at, copy, file, " (" + relative + ")").ifPresent(violations::add);
                    }
                }
            } else {
                judgeFile(at, copy, match, globbed ? " (" + context.relative(match) + ")" : "")
                        .ifPresent(violations::add);
            }
        }
        return violations;
    }

    /** The finding for one file of the context, if any; {@code which} names it when the source is a folder or glob. */
    private Optional<Violation> judgeFile(Position at, String copy, Path file, String which) {
        String relative = context.relative(file);
        CopiedFileContent.Verdict verdict;
        try {
            verdict = CopiedFileContent.of(file, relative);
        } catch (IOException unreadable) {
            verdict = new CopiedFileContent.Unknown();
        }
        if (verdict instanceof CopiedFileContent.Secret secret) {
            return Optional.of(new Violation(at, copy + " puts " + secret.what() + which + " into the image,"
                    + " readable by anyone who can pull it even if a later layer deletes it: " + MOUNT_IT));
        }
        if (verdict instanceof CopiedFileContent.Unknown && isSecretFile(relative)) {
            return Optional.of(byName(at, copy + which, "its content is no key, certificate or credentials format"
                    + " dockci knows"));
        }
        return Optional.empty();
    }

    private static List<Violation> byName(Position at, String copy, String path, String why) {
        return isSecretFile(path) ? List.of(byName(at, copy, why)) : List.of();
    }

    private static Violation byName(Position at, String copy, String why) {
        return new Violation(at, copy + " is named like a private key or credential file, judged by its name only as "
                + why + ": if it holds a secret, " + MOUNT_IT, Severity.WARNING);
    }

    /** The file name a URL ends with, its query and fragment left out. */
    private static String urlName(String url) {
        String path = url.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether the file or folder at {@code path} is a private key or holds credentials, by its name. */
    static boolean isSecretFile(String path) {
        // string operations rather than a split: every file of a copied folder goes through here
        String lower = path.toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0 && lower.charAt(end - 1) == '/') {
            end--;
        }
        int nameStart = lower.lastIndexOf('/', end - 1) + 1;
        String name = lower.substring(nameStart, end);
        String folder = nameStart == 0 ? "" : lower.substring(lower.lastIndexOf('/', nameStart - 2) + 1, nameStart - 1);
        if (name.endsWith(".pub")) {
            return false;
        }
        return name.startsWith("id_") && SSH_PRIVATE_KEY.matcher(name).matches()
                || name.endsWith(".key") || name.endsWith(".p12") || name.endsWith(".pfx")
                || name.endsWith(".pem") && PEM_PRIVATE_KEY.matcher(name).matches()
                || name.equals(".env") || (name.startsWith(".env.") && !ENV_TEMPLATES.contains(name.substring(5)))
                || SECRET_FILES.contains(name)
                || (folder.equals(".docker") && name.equals("config.json"))
                || (folder.equals(".aws") && name.equals("credentials"))
                || (folder.equals(".kube") && name.equals("config"));
    }
}
