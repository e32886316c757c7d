package org.dockci.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dockci.dockerfile.Dockerfile;
import org.dockci.dockerfile.Instruction;
import org.dockci.lint.Rule;
import org.dockci.lint.RuleInput;
import org.dockci.lint.Severity;
import org.dockci.lint.Violation;

/**
 * DL3064: no ARG or ENV, ONBUILD ones included, is named like something secret: a name of hadolint's
 * list of well-known credentials ({@code AWS_SECRET_ACCESS_KEY}, {@code GITHUB_TOKEN},
 * {@code NPM_TOKEN}…) or one containing {@code api_key}, {@code client_key}, {@code password},
 * {@code private}, {@code secret}, {@code token} or {@code username}, in any case. ARG values end up
 * in the image history and ENV values in its config, whether they are written in the Dockerfile or
 * given at build time: pass secrets with {@code RUN --mount=type=secret}.
 *
 * <p>The name alone decides, with or without a value, as in hadolint. DC2000 is the sharper check
 * of a literal secret value; this one also catches the build argument that will receive one.
 */
public final class NoSensitiveNameInArgOrEnv implements Rule {

    private static final Set<String> KNOWN_NAMES = Set.of("ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET",
            "AUTH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "BITTREX_API_KEY", "BITTREX_API_SECRET",
            "CF_PASSWORD", "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD", "CI_DEPLOY_USER",
            "DOCKERHUB_PASSWORD", "DOCKER_EMAIL", "DOCKER_PASSWORD", "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN",
            "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN", "FOSSA_API_KEY",
            "GH_ENTERPRISE_TOKEN", "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN", "HEROKU_API_KEY",
            "HEROKU_API_USER", "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID", "OKTA_CLIENT_ORGURL",
            "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET", "OPENAI_API_KEY", "OS_PASSWORD",
            "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY", "STRIPE_DEVICE_NAME",
            "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO", "VAULT_CLIENT_KEY", "VAULT_TOKEN");

    private static final List<String> SUSPICIOUS_PARTS =
            List.of("api_key", "client_key", "password", "private", "secret", "token", "username");

    @Override
    public String code() {
        return "DL3064";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String message() {
        return "Potentially sensitive data should not be used in the `ARG` or `ENV` commands";
    }

    @Override
    public List<Violation> check(RuleInput input) {
        List<Violation> violations = new ArrayList<>();
        for (Instruction instruction : input.dockerfile().instructions()) {
            Instruction checked = instruction instanceof Instruction.OnBuild onBuild ? onBuild.trigger() : instruction;
            List<String> names = new ArrayList<>();
            if (checked instanceof Instruction.Env env) {
                env.pairs().forEach(pair -> names.add(pair.key()));
            } else if (checked instanceof Instruction.Arg arg) {
                arg.declarations().forEach(declaration -> names.add(declaration.name()));
            }
            if (names.stream().anyMatch(NoSensitiveNameInArgOrEnv::isSensitive)) {
                violations.add(Violation.at(instruction, null));
            }
        }
        return violations;
    }

    static boolean isSensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return KNOWN_NAMES.contains(name.toUpperCase(Locale.ROOT))
                || SUSPICIOUS_PARTS.stream().anyMatch(lower::contains);
    }
}
