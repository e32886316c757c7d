package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DC2000: no ENV or ARG gives a secret-looking variable a literal value. ENV values are stored in
 * the image config and ARG values in its history, so anyone who can pull the image from the registry
 * can read them, whatever later layers do.
 *
 * <p>A name looks like a secret when its last word names one ({@code PASSWORD}, {@code PASSWD},
 * {@code PASS}, {@code PASSPHRASE}, {@code SECRET}, {@code TOKEN}, {@code KEY}, {@code APIKEY},
 * {@code CREDENTIALS}, {@code PWD} after another word…), words being split at {@code _}, {@code -},
 * {@code .}, camel case and digits: {@code DB_PASSWORD}, {@code AWS_SECRET_ACCESS_KEY} and
 * {@code githubToken} do, {@code KEYBOARD}, {@code MONKEY}, {@code PASSWORD_FILE},
 * {@code SSH_KEY_FILE} and {@code TOKEN_URL} do not: a trailing word other than a number or an
 * encoding ({@code SECRET_KEY_BASE}, {@code API_KEY_2}) says the variable holds something else, such
 * as the path of a secret, which is the right way to pass one. A {@code KEY} after {@code PUBLIC},
 * {@code PUB}, {@code GPG}, {@code PGP} or {@code CACHE} is not secret ({@code GPG_KEY} is a
 * fingerprint in the official images).
 *
 * <p>A value is literal unless it is empty, only a variable ({@code $X}, {@code ${X}}), an absolute
 * path ({@code GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json}) or {@code true}/{@code false}.
 * An ARG without default is fine. ONBUILD ENV and ARG are checked too: their text is in the image.
 */
public final class SecretInEnvOrArg implements Rule {

    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "SECRET",
            "TOKEN", "KEY", "APIKEY", "ACCESSKEY", "SECRETKEY", "PRIVATEKEY", "AUTHTOKEN", "CREDENTIAL",
            "CREDENTIALS");

    /** Words after the secret word that keep the meaning: an encoding, a version or a number. */
    private static final Set<String> SAME_SECRET_QUALIFIERS = Set.of("BASE", "VALUE", "B", "HEX", "RAW", "V");

    /** Words before KEY that make it a public key, a fingerprint or a lookup key rather than a secret. */
    private static final Set<String> NOT_SECRET_KEYS = Set.of("PUBLIC", "PUB", "GPG", "PGP", "CACHE");

    private static final Pattern ONLY_A_VARIABLE =
            Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*})");

    @Override
    public String code() {
        return "DC2000";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String message() {
        return "Do not put secrets in ENV or ARG values: they stay readable in the image";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : input.dockerfile().instructions()) {
            Instruction checked = instruction instanceof Instruction.OnBuild onBuild ? onBuild.trigger() : instruction;
            if (checked instanceof Instruction.Env env) {
                for (Instruction.KeyValue pair : env.pairs()) {
                    if (isSecretName(pair.key()) && isLiteral(pair.value())) {
                        violations.add(Violation.at(instruction, "ENV " + pair.key() + " bakes a literal secret"
                                + " into the image config, readable by anyone who can pull the image: set it when"
                                + " the container starts, or point a " + pair.key() + "_FILE variable to a mounted"
                                + " secret"));
                    }
                }
            } else if (checked instanceof Instruction.Arg arg) {
                for (Instruction.ArgDeclaration declaration : arg.declarations()) {
                    if (isSecretName(declaration.name()) && isLiteral(declaration.defaultValue())) {
                        violations.add(Violation.at(instruction, "ARG " + declaration.name() + " has a literal secret"
                                + " as default, and build args end up in the image history: pass secrets to the"
                                + " build with RUN --mount=type=secret"));
                    }
                }
            }
        }
        return violations;
    }

    /** Whether the variable {@code name} looks like it holds a secret (see the class description). */
    static boolean isSecretName(String name) {
        List<String> words = words(name);
        int secret = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (SECRET_WORDS.contains(word) || (word.equals("PWD") && words.size() > 1)) {
                secret = i;
            }
        }
        if (secret < 0) {
            return false;
        }
        for (String after : words.subList(secret + 1, words.size())) {
            if (!SAME_SECRET_QUALIFIERS.contains(after) && !after.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return !(words.get(secret).equals("KEY") && secret > 0 && NOT_SECRET_KEYS.contains(words.get(secret - 1)));
    }

    /** {@code name} in upper-case words: split at non-alphanumerics, lower-to-upper case and letter-digit changes. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (char c : name.toCharArray()) {
            boolean boundary = !Character.isLetterOrDigit(c)
                    || (Character.isLowerCase(previous) && Character.isUpperCase(c))
                    || (word.length() > 0 && Character.isDigit(previous) != Character.isDigit(c));
            if (boundary && word.length() > 0) {
                words.add(word.toString().toUpperCase(Locale.ROOT));
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
            previous = c;
        }
        if (word.length() > 0) {
            words.add(word.toString().toUpperCase(Locale.ROOT));
        }
        return words;
    }

    /** Whether {@code written}, a value as written, would put a secret itself into the image. */
    static boolean isLiteral(String written) {
        if (written == null) {
            return false;
        }
        String value = written.strip();
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            value = value.substring(1, value.length() - 1);
        }
        return !value.isEmpty() && !ONLY_A_VARIABLE.matcher(value).matches() && !value.startsWith("/")
                && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false");
    }
}
