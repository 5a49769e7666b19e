package org.pathwise.cli.session;

import java.net.InetSocketAddress;

/** {@code ADDR:PORT} and {@code [V6ADDR]:PORT} command-line values. */
final class HostPort {
    private HostPort() {}

    static InetSocketAddress parse(String text, String option, int defaultPort) {
        String host = text;
        int port = defaultPort;
        int colon = text.lastIndexOf(':');
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(option + " '" + text + "': missing ']' after an IPv6 address");
            }
            host = text.substring(1, close);
            if (close + 1 < text.length()) {
                port = port(text.substring(close + 2), option, text);
            }
        } else if (colon >= 0 && text.indexOf(':') == colon) {
            host = text.substring(0, colon);
            port = port(text.substring(colon + 1), option, text);
        }
        return new InetSocketAddress(host, port);
    }

    private static int port(String p, String option, String text) {
        try {
            int port = Integer.parseInt(p);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "': port must be 0..65535, e.g. 127.0.0.1:4189");
        }
    }
}
