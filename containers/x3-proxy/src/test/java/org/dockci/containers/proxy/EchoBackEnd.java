package org.dockci.containers.proxy;

import org.dockci.testkit.TestContainer;
import org.dockci.testkit.TestNetwork;

/**
 * A tiny HTTP back end for the proxy to reach: Perl (Essential in Debian, so in the base image every
 * container here is built from) on port 8080. A request with a body gets its body back; one without
 * gets its request line and headers, as text. Every answer names the back end (X-Echo-Backend) and
 * sets the back end's own X-Frame-Options, which the front must replace, not repeat.
 */
final class EchoBackEnd {

    static final String IMAGE = "debian:trixie-slim";
    static final int PORT = 8080;

    private static final String SCRIPT = """
            use strict; use warnings; use IO::Socket::INET;
            $SIG{TERM} = sub { exit 0 };
            my $name = $ENV{ECHO_NAME};
            my $server = IO::Socket::INET->new(LocalPort => 8080, Listen => 64, ReuseAddr => 1) or die "listen: $!";
            while (my $client = $server->accept) {
                binmode $client;
                my $line = <$client>;
                next unless defined $line;
                $line =~ s/\\r?\\n\\z//;
                my ($length, $head) = (0, "backend: $name\\nrequest: $line\\n");
                while (my $header = <$client>) {
                    $header =~ s/\\r?\\n\\z//;
                    last if $header eq '';
                    $head .= lc($1) . ": $2\\n" if $header =~ /^([^:]+):\\s*(.*)$/;
                    $length = $1 if $header =~ /^content-length:\\s*(\\d+)/i;
                }
                my $body = '';
                while (length($body) < $length) {
                    last unless read($client, $body, $length - length($body), length($body));
                }
                my $answer = $length ? $body : $head;
                print $client "HTTP/1.1 200 OK\\r\\nContent-Type: application/octet-stream\\r\\n"
                    . "Content-Length: " . length($answer) . "\\r\\nX-Echo-Backend: $name\\r\\n"
                    . "X-Frame-Options: DENY\\r\\nConnection: close\\r\\n\\r\\n" . $answer;
                close $client;
            }
            """;

    private EchoBackEnd() {
    }

    /** Starts a back end reachable as {@code http://NAME:8080/} on {@code network}. */
    static TestContainer start(TestNetwork network, String name) {
        return TestContainer.startFrom(IMAGE, new String[] {"--network", network.name(), "--network-alias", name,
                "--env", "ECHO_NAME=" + name}, "perl", "-e", SCRIPT);
    }
}
