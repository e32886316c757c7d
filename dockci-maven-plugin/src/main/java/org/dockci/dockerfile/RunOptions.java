package org.dockci.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Checks the values of RUN's {@code --mount}, {@code --network}, {@code --security} and
 * {@code --device} as BuildKit does, when it parses the instruction and when it runs it.
 */
final class RunOptions {

    private static final Set<String> MOUNT_TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");
    private static final Set<String> SHARING_MODES = Set.of("shared", "private", "locked");
    private static final List<String> MOUNT_KEYS = List.of("type", "from", "source", "target", "readonly", "id",
            "sharing", "required", "size", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite",
            "env");

    private RunOptions() {
    }

    private static Refusal refused(String message) {
        return new Refusal(SyntaxErrorKind.RUN_OPTION, message);
    }

    /**
     * What BuildKit checks when it parses the RUN flags: devices, the form of mounts, network and security.
     *
     * @throws Refusal on the first value refused
     */
    static void checkParsed(FlagSet flags) {
        for (String device : flags.values("device")) {
            checkDevice(device);
        }
        for (String mount : flags.values("mount")) {
            for (String field : fields(mount)) {
                int equals = field.indexOf('=');
                if (equals >= 0 && field.substring(0, equals).equalsIgnoreCase("from")) {
                    int dollar = field.indexOf('$', equals + 1);
                    if (dollar >= 0 && dollar != field.length() - 1) {
                        throw refused("'from' doesn't support variable expansion, define alias stage instead");
                    }
                }
            }
        }
        String network = flags.value("network", "default");
        if (!Set.of("default", "none", "host").contains(network)) {
            throw refused("invalid network mode " + GoStrings.quote(network));
        }
        String security = flags.value("security", "sandbox");
        if (!Set.of("insecure", "sandbox").contains(security)) {
            throw refused("security " + GoStrings.quote(security) + " is not valid");
        }
    }

    private static List<String> fields(String value) {
        try {
            return CsvFields.parse(value);
        } catch (IllegalArgumentException malformed) {
            throw refused("failed to parse csv mounts: " + malformed.getMessage());
        }
    }

    private static void checkDevice(String device) {
        List<String> fields;
        try {
            fields = CsvFields.parse(device);
        } catch (IllegalArgumentException malformed) {
            throw refused("failed to parse csv devices: " + malformed.getMessage());
        }
        String name = "";
        for (String field : fields) {
            int equals = field.indexOf('=');
            String key = (equals < 0 ? field : field.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? null : field.substring(equals + 1);
            if (value == null && key.equals("required")) {
                continue;
            }
            if (value != null && key.equals("name")) {
                if (!name.isEmpty()) {
                    throw refused("device name already set to " + name);
                }
                name = value;
            } else if (value != null && key.equals("required")) {
                if (GoNumbers.parseBool(value) == null) {
                    throw refused("invalid value for " + key + ": " + value);
                }
            } else if (name.isEmpty()) {
                name = field;
            } else if (value == null) {
                throw refused("invalid field '" + field + "' must be a key=value pair");
            } else {
                throw refused(Suggestion.append("unexpected key '" + key + "' in '" + field + "'", key,
                        List.of("name", "required"), true));
            }
        }
    }

    /**
     * What BuildKit checks of a mount when the RUN runs, its values expanded by {@code expand}, which
     * gives null for a value whose content depends on variables (then left unchecked).
     *
     * @throws Refusal when the mount is refused
     */
    static void checkMount(String mount, UnaryOperator<String> expand) {
        String type = "bind";
        boolean from = false;
        boolean sharing = false;
        boolean mode = false;
        boolean uid = false;
        boolean gid = false;
        // null: written with variables, so possibly set
        String source = "";
        String target = "";
        String id = "";
        for (String field : fields(mount)) {
            int equals = field.indexOf('=');
            String key = (equals < 0 ? field : field.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (equals < 0) {
                switch (key) {
                    case "readonly", "ro", "readwrite", "rw" -> {
                    }
                    case "required" -> requireSecretOrSsh(type, key);
                    default -> throw refused("invalid field '" + field + "' must be a key=value pair");
                }
                continue;
            }
            String value = expand.apply(field.substring(equals + 1));
            switch (key) {
                case "type" -> {
                    if (value == null) {
                        type = null;
                    } else {
                        type = value.toLowerCase(Locale.ROOT);
                        if (!MOUNT_TYPES.contains(type)) {
                            throw refused(Suggestion.append("unsupported mount type " + GoStrings.quote(value), value,
                                    List.of("bind", "cache", "tmpfs", "secret", "ssh"), true));
                        }
                    }
                }
                case "from" -> from = value != null && !value.isEmpty();
                case "source", "src" -> source = value;
                case "target", "dst", "destination" -> target = value;
                case "id" -> id = value;
                case "env" -> {
                }
                case "readonly", "ro", "readwrite", "rw" -> {
                    if (value != null && GoNumbers.parseBool(value) == null) {
                        throw refused("invalid value for " + key + ": " + value);
                    }
                }
                case "required" -> {
                    requireSecretOrSsh(type, key);
                    if (value != null && GoNumbers.parseBool(value) == null) {
                        throw refused("invalid value for " + key + ": " + value);
                    }
                }
                case "size" -> {
                    if (type != null && !type.equals("tmpfs")) {
                        throw refused("unexpected key '" + key + "' for mount type '" + type + "'");
                    }
                    if (type != null && value != null && !isSize(value)) {
                        throw refused("invalid value for " + key + ": " + value);
                    }
                }
                case "sharing" -> {
                    if (value != null && !SHARING_MODES.contains(value.toLowerCase(Locale.ROOT))) {
                        throw refused(Suggestion.append("unsupported sharing value " + GoStrings.quote(value), value,
                                List.of("shared", "private", "locked"), true));
                    }
                    sharing = true;
                }
                case "mode" -> {
                    mode = true;
                    checkNumber(value, 8, "invalid value " + value + " for mode");
                }
                case "uid" -> {
                    uid = true;
                    checkNumber(value, 10, "invalid value " + value + " for uid");
                }
                case "gid" -> {
                    gid = true;
                    checkNumber(value, 10, "invalid value " + value + " for gid");
                }
                default -> throw refused(Suggestion.append("unexpected key '" + key + "' in '" + field + "'", key,
                        MOUNT_KEYS, true));
            }
        }
        if (type == null) {
            return;
        }
        boolean fileInfoAllowed = type.equals("secret") || type.equals("ssh") || type.equals("cache");
        if (!fileInfoAllowed) {
            String quoted = GoStrings.quote(type);
            if (mode) {
                throw refused("mode not allowed for " + quoted + " type mounts");
            }
            if (uid) {
                throw refused("uid not allowed for " + quoted + " type mounts");
            }
            if (gid) {
                throw refused("gid not allowed for " + quoted + " type mounts");
            }
        }
        if (type.equals("secret")) {
            if (from) {
                throw refused("secret mount should not have a from");
            }
            if (sharing) {
                throw refused("secret mount should not define sharing");
            }
            if ("".equals(source) && "".equals(target) && "".equals(id)) {
                throw refused("invalid secret mount. one of source, target required");
            }
            if (!"".equals(source) && source != null && !"".equals(id) && id != null) {
                throw refused("both source and id can't be set");
            }
        }
        if (sharing && !type.equals("cache")) {
            throw refused("invalid cache sharing set for " + type + " mount");
        }
    }

    private static void requireSecretOrSsh(String type, String key) {
        if (type != null && !type.equals("secret") && !type.equals("ssh")) {
            throw refused("unexpected key '" + key + "' for mount type '" + type + "'");
        }
    }

    private static void checkNumber(String value, int base, String message) {
        if (value == null) {
            return;
        }
        try {
            GoNumbers.parseUint(value, base, 32);
        } catch (NumberFormatException malformed) {
            throw refused(message);
        }
    }

    /** A size as {@code go-units} reads it: a number, then b, or k, m, g, t, p with an optional i and b. */
    private static boolean isSize(String size) {
        int separator = -1;
        for (int i = size.length() - 1; i >= 0; i--) {
            char c = size.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == ' ') {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            return false;
        }
        String number = size.charAt(separator) == ' ' ? size.substring(0, separator) : size.substring(0, separator + 1);
        String suffix = size.substring(separator + 1).toLowerCase(Locale.ROOT);
        if (!isDecimal(number)) {
            return false;
        }
        if (suffix.isEmpty()) {
            return true;
        }
        if (suffix.length() > 3) {
            return false;
        }
        if (suffix.charAt(0) == 'b') {
            return suffix.length() == 1;
        }
        if ("kmgtp".indexOf(suffix.charAt(0)) < 0) {
            return false;
        }
        return suffix.length() == 1 || (suffix.length() == 2 && (suffix.charAt(1) == 'i' || suffix.charAt(1) == 'b'))
                || suffix.equals(suffix.charAt(0) + "ib");
    }

    /** A non-negative decimal number as Go's {@code ParseFloat} reads it. */
    private static boolean isDecimal(String number) {
        int i = number.startsWith("+") ? 1 : 0;
        int digits = 0;
        while (i < number.length() && Character.isDigit(number.charAt(i)) && number.charAt(i) < 0x80) {
            i++;
            digits++;
        }
        if (i < number.length() && number.charAt(i) == '.') {
            i++;
            while (i < number.length() && number.charAt(i) >= '0' && number.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < number.length() && (number.charAt(i) == 'e' || number.charAt(i) == 'E')) {
            i++;
            if (i < number.length() && (number.charAt(i) == '+' || number.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < number.length() && number.charAt(i) >= '0' && number.charAt(i) <= '9') {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == number.length();
    }
}
