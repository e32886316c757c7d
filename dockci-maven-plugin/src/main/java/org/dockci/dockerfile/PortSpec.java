package org.dockci.dockerfile;

import java.util.Locale;

/**
 * Checks a port of EXPOSE as BuildKit parses it: {@code [[ip:]hostPort:]port[-port][/tcp|udp|sctp]}.
 */
final class PortSpec {

    private PortSpec() {
    }

    /** Docker's message when {@code raw} is not a port specification, or null. */
    static String problem(String raw) {
        String[] parts = raw.split(":", -1);
        String ip = "";
        String hostPort = "";
        String containerPort;
        int n = parts.length;
        if (n == 1) {
            containerPort = parts[0];
        } else if (n == 2) {
            hostPort = parts[0];
            containerPort = parts[1];
        } else {
            ip = String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
            hostPort = parts[n - 2];
            containerPort = parts[n - 1];
        }
        int slash = containerPort.indexOf('/');
        String port = slash < 0 ? containerPort : containerPort.substring(0, slash);
        String protocol = slash < 0 ? "" : containerPort.substring(slash + 1);
        if (port.isEmpty()) {
            return "invalid port: " + GoStrings.quote(raw) + ": no port specified";
        }
        switch (protocol.toLowerCase(Locale.ROOT)) {
            case "", "tcp", "udp", "sctp" -> {
            }
            default -> {
                return "invalid port: " + GoStrings.quote(raw) + ": invalid proto: " + protocol;
            }
        }
        if (!ip.isEmpty() && ip.charAt(0) == '[') {
            int close = ip.indexOf(']');
            if (close < 0 || close != ip.length() - 1) {
                return "invalid IP address " + ip;
            }
            ip = ip.substring(1, close);
        }
        if (!ip.isEmpty() && !isIpAddress(ip)) {
            return "invalid IP address: " + ip;
        }
        int[] container = range(port);
        if (container == null) {
            return "invalid containerPort: " + port;
        }
        if (!hostPort.isEmpty()) {
            int[] host = range(hostPort);
            if (host == null) {
                return "invalid hostPort: " + hostPort;
            }
            if (container[1] - container[0] != host[1] - host[0] && container[1] != container[0]) {
                return "invalid ranges specified for container and host Ports: " + port + " and " + hostPort;
            }
        }
        return null;
    }

    /** {@code start[-end]}, both between 0 and 65535 and in order; null when malformed. */
    private static int[] range(String ports) {
        if (ports.isEmpty()) {
            return null;
        }
        int dash = ports.indexOf('-');
        String start = dash < 0 ? ports : ports.substring(0, dash);
        Integer first = number(start);
        if (first == null) {
            return null;
        }
        if (dash < 0 || start.equals(ports.substring(dash + 1))) {
            return new int[] {first, first};
        }
        Integer last = number(ports.substring(dash + 1));
        if (last == null || last < first) {
            return null;
        }
        return new int[] {first, last};
    }

    private static Integer number(String port) {
        try {
            long value = GoNumbers.parseInt(port, 10, 64);
            return value < 0 || value > 65535 ? null : (int) value;
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    /** Go's {@code net.ParseIP}: dotted IPv4 without leading zeros, or IPv6 (possibly ending in IPv4). */
    private static boolean isIpAddress(String ip) {
        return isIpv4(ip) || isIpv6(ip);
    }

    private static boolean isIpv4(String ip) {
        String[] octets = ip.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!GoStrings.isDigits(octet) || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')
                    || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String ip) {
        if (ip.indexOf(':') < 0) {
            return false;
        }
        int ellipsis = ip.indexOf("::");
        if (ellipsis >= 0 && ip.indexOf("::", ellipsis + 1) >= 0) {
            return false;
        }
        String body = ip;
        int groupsWanted = 8;
        int lastColon = ip.lastIndexOf(':');
        if (ip.indexOf('.', lastColon) >= 0) {
            if (!isIpv4(ip.substring(lastColon + 1))) {
                return false;
            }
            body = ip.substring(0, lastColon + 1) + "0";
            groupsWanted = 7;
        }
        String[] halves = ellipsis < 0 ? new String[] {body} : new String[] {body.substring(0, ellipsis),
                body.substring(ellipsis + 2)};
        int groups = 0;
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String group : half.split(":", -1)) {
                if (group.isEmpty() || group.length() > 4
                        || !group.chars().allMatch(c -> c < 0x80 && Character.digit(c, 16) >= 0)) {
                    return false;
                }
                groups++;
            }
        }
        return ellipsis < 0 ? groups == groupsWanted : groups < groupsWanted;
    }
}
