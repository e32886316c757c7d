package org.dockci.dockerfile;

import java.util.Locale;
import java.util.Optional;

/**
 * An image reference as Docker reads it ({@code reference.ParseNormalizedNamed} of Distribution's reference
 * package): {@code [domain[:port]/]path[:tag][@digest]}, checked, split and normalised. A name without domain is
 * Docker Hub's ({@code docker.io}), and a one-part name on Docker Hub is an official image under {@code library/}:
 * {@code debian:trixie-slim} is {@code docker.io/library/debian:trixie-slim}. The first part of a name is its
 * domain when it holds a {@code .} or a {@code :} (a port), is {@code localhost}, or has an upper-case letter;
 * the path must be lower case.
 *
 * @param domain the registry, {@code docker.io} for Docker Hub ({@code index.docker.io} is read as it)
 * @param path   the repository path in the registry, {@code library/debian}, {@code dockci/x3-webdav}
 * @param tag    the tag, if given
 * @param digest the digest, {@code sha256:...}, if given (with or without a tag)
 */
public record ImageReference(String domain, String path, Optional<String> tag, Optional<String> digest) {

    /** Docker Hub's domain, which a name without one is on. */
    public static final String DOCKER_HUB = "docker.io";

    private static final String LEGACY_DOCKER_HUB = "index.docker.io";
    private static final String OFFICIAL_IMAGES = "library/";
    private static final int NAME_MAX = 255;

    /** The reference {@code text} names, or empty when Docker would refuse it (see {@link #problem}). */
    public static Optional<ImageReference> parse(String text) {
        if (problem(text) != null) {
            return Optional.empty();
        }
        String normalised = normalised(text);
        int at = normalised.indexOf('@');
        String nameAndTag = at < 0 ? normalised : normalised.substring(0, at);
        int end = nameEnd(nameAndTag);
        String name = nameAndTag.substring(0, end);
        int slash = name.indexOf('/');
        return Optional.of(new ImageReference(name.substring(0, slash), name.substring(slash + 1),
                end < nameAndTag.length() ? Optional.of(nameAndTag.substring(end + 1)) : Optional.empty(),
                at < 0 ? Optional.empty() : Optional.of(normalised.substring(at + 1))));
    }

    /**
     * The reference {@code text} names.
     *
     * @throws IllegalArgumentException with Docker's message when Docker would refuse it
     */
    public static ImageReference of(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("image reference '" + text + "': " + problem);
        }
        return parse(text).orElseThrow();
    }

    /** The repository's full name, {@code docker.io/library/debian}, {@code localhost:5000/dockci/x3-webdav}. */
    public String name() {
        return domain + "/" + path;
    }

    /**
     * The repository's name as Docker shows it: without {@code docker.io/}, and without {@code library/} for an
     * official image: {@code debian}, {@code localhost:5000/dockci/x3-webdav}.
     */
    public String familiarName() {
        if (!onDockerHub()) {
            return name();
        }
        String official = path.startsWith(OFFICIAL_IMAGES) ? path.substring(OFFICIAL_IMAGES.length()) : path;
        return official.indexOf('/') < 0 ? official : path;
    }

    /** The whole reference as Docker shows it: {@code debian:trixie-slim}. */
    public String familiar() {
        return familiarName() + suffix();
    }

    /** The whole reference, normalised: {@code docker.io/library/debian:trixie-slim}. */
    @Override
    public String toString() {
        return name() + suffix();
    }

    /** Whether the image is on Docker Hub, named with or without its domain. */
    public boolean onDockerHub() {
        return domain.equals(DOCKER_HUB);
    }

    /** Whether {@code other} names the same repository, whatever the tags or digests. */
    public boolean sameRepository(ImageReference other) {
        return name().equals(other.name());
    }

    /** This repository with {@code tag} and no digest. */
    public ImageReference withTag(String tag) {
        return of(name() + ":" + tag);
    }

    private String suffix() {
        return tag.map(value -> ":" + value).orElse("") + digest.map(value -> "@" + value).orElse("");
    }

    /** Docker's message for what is wrong with {@code name}, or null when it is a valid reference. */
    static String problem(String name) {
        if (name.length() == 64 && isLowerHex(name)) {
            return "invalid repository name (" + name + "), cannot specify 64-byte hexadecimal strings";
        }
        String normalised = normalised(name);
        String remainder = normalised.substring(normalised.indexOf('/') + 1);
        int tagSeparator = remainder.indexOf(':');
        String remoteName = tagSeparator < 0 ? remainder : remainder.substring(0, tagSeparator);
        if (!remoteName.toLowerCase(Locale.ROOT).equals(remoteName)) {
            return "invalid reference format: repository name (" + remoteName + ") must be lowercase";
        }
        return grammarProblem(normalised);
    }

    /** {@code name} with its domain ({@code docker.io} when it has none) and Docker Hub's {@code library/}. */
    private static String normalised(String name) {
        String domain;
        String remainder;
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        if (slash < 0 || (first.indexOf('.') < 0 && first.indexOf(':') < 0 && !first.equals("localhost")
                && first.toLowerCase(Locale.ROOT).equals(first))) {
            domain = DOCKER_HUB;
            remainder = name;
        } else {
            domain = first;
            remainder = name.substring(slash + 1);
        }
        if (domain.equals(LEGACY_DOCKER_HUB)) {
            domain = DOCKER_HUB;
        }
        if (domain.equals(DOCKER_HUB) && remainder.indexOf('/') < 0) {
            remainder = OFFICIAL_IMAGES + remainder;
        }
        return domain + "/" + remainder;
    }

    /** What the reference grammar finds wrong with the normalised {@code reference}, or null. */
    private static String grammarProblem(String reference) {
        if (!matches(reference)) {
            if (reference.isEmpty()) {
                return "repository name must have at least one component";
            }
            if (matches(reference.toLowerCase(Locale.ROOT))) {
                return "invalid reference format: repository name must be lowercase";
            }
            return "invalid reference format";
        }
        int at = reference.indexOf('@');
        String nameAndTag = at < 0 ? reference : reference.substring(0, at);
        String name = nameAndTag.substring(0, nameEnd(nameAndTag));
        if (name.length() - name.indexOf('/') - 1 > NAME_MAX) {
            return "repository name must not be more than " + NAME_MAX + " characters";
        }
        return at < 0 ? null : digestProblem(reference.substring(at + 1));
    }

    /** Where the name of {@code nameAndTag} ends: at a colon after the last slash, which starts the tag. */
    private static int nameEnd(String nameAndTag) {
        int colon = nameAndTag.lastIndexOf(':');
        return colon > nameAndTag.lastIndexOf('/') ? colon : nameAndTag.length();
    }

    private static boolean matches(String reference) {
        int at = reference.indexOf('@');
        String nameAndTag = reference;
        if (at >= 0) {
            if (!isDigest(reference.substring(at + 1))) {
                return false;
            }
            nameAndTag = reference.substring(0, at);
        }
        int end = nameEnd(nameAndTag);
        if (end < nameAndTag.length() && !isTag(nameAndTag.substring(end + 1))) {
            return false;
        }
        return isName(nameAndTag.substring(0, end));
    }

    private static boolean isName(String name) {
        String[] components = name.split("/", -1);
        boolean paths = true;
        for (int i = 1; i < components.length; i++) {
            paths &= isPathComponent(components[i]);
        }
        return paths && (isPathComponent(components[0]) || (components.length > 1 && isDomainAndPort(components[0])));
    }

    /** {@code [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*} */
    private static boolean isPathComponent(String component) {
        int i = 0;
        int length = component.length();
        while (true) {
            int start = i;
            while (i < length && isLowerAlphanumeric(component.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
            if (i == length) {
                return true;
            }
            char separator = component.charAt(i);
            if (separator == '.') {
                i++;
            } else if (separator == '_') {
                i += component.startsWith("__", i) ? 2 : 1;
            } else if (separator == '-') {
                while (i < length && component.charAt(i) == '-') {
                    i++;
                }
            } else {
                return false;
            }
        }
    }

    /** A host name or bracketed IPv6 address, with an optional {@code :port}. */
    private static boolean isDomainAndPort(String domain) {
        String host = domain;
        if (domain.startsWith("[")) {
            int close = domain.indexOf(']');
            if (close < 0) {
                return false;
            }
            String address = domain.substring(1, close);
            if (address.isEmpty() || !address.chars().allMatch(c -> c == ':' || (c < 0x80 && Character.digit(c, 16) >= 0))) {
                return false;
            }
            String port = domain.substring(close + 1);
            return port.isEmpty() || (port.charAt(0) == ':' && GoStrings.isDigits(port.substring(1)));
        }
        int colon = domain.indexOf(':');
        if (colon >= 0) {
            host = domain.substring(0, colon);
            if (!GoStrings.isDigits(domain.substring(colon + 1))) {
                return false;
            }
        }
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty() || label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isAlphanumeric(c) && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code [\w][\w.-]{0,127}} */
    private static boolean isTag(String tag) {
        if (tag.isEmpty() || tag.length() > 128 || !isWordChar(tag.charAt(0))) {
            return false;
        }
        for (int i = 1; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!isWordChar(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}} */
    private static boolean isDigest(String digest) {
        int colon = digest.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String algorithm = digest.substring(0, colon);
        String encoded = digest.substring(colon + 1);
        if (encoded.length() < 32 || !encoded.chars().allMatch(c -> c < 0x80 && Character.digit(c, 16) >= 0)) {
            return false;
        }
        boolean expectLetter = true;
        for (int i = 0; i < algorithm.length(); i++) {
            char c = algorithm.charAt(i);
            if (expectLetter) {
                if (!isLetter(c)) {
                    return false;
                }
                expectLetter = false;
            } else if (c == '-' || c == '_' || c == '+' || c == '.') {
                expectLetter = true;
            } else if (!isAlphanumeric(c)) {
                return false;
            }
        }
        return !expectLetter;
    }

    /**
     * go-digest's {@code Parse}: what is wrong with {@code algorithm:hex} (an unknown algorithm, a wrong
     * length, not lower-case hex), or null.
     */
    static String digestProblem(String digest) {
        int colon = digest.indexOf(':');
        if (colon <= 0 || colon + 1 == digest.length()) {
            return "invalid checksum digest format";
        }
        String encoded = digest.substring(colon + 1);
        int size = switch (digest.substring(0, colon)) {
            case "sha256" -> 64;
            case "sha384" -> 96;
            case "sha512" -> 128;
            default -> 0;
        };
        if (size == 0) {
            return "unsupported digest algorithm";
        }
        if (encoded.length() != size) {
            return "invalid checksum digest length";
        }
        return isLowerHex(encoded) ? null : "invalid checksum digest format";
    }

    private static boolean isLowerHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlphanumeric(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isWordChar(char c) {
        return isAlphanumeric(c) || c == '_';
    }
}
