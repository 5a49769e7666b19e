package org.pathwise.cli.emulate;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import picocli.CommandLine;

/** {@code HOST:PORT} or {@code HOST} (port 4189, RFC 5440 §5), IPv6 as {@code [::1]:4189}. */
final class PceAddress implements CommandLine.ITypeConverter<InetSocketAddress> {
    static final int PCEP_PORT = 4189;

    @Override
    public InetSocketAddress convert(String value) {
        String host = value.trim();
        int port = PCEP_PORT;
        int colon = host.lastIndexOf(':');
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                throw new CommandLine.TypeConversionException("'" + value + "': missing ']' after the IPv6 address");
            }
            if (close + 1 < host.length()) {
                port = port(value, host.substring(close + 2));
            }
            host = host.substring(1, close);
        } else if (colon >= 0 && host.indexOf(':') == colon) {
            port = port(value, host.substring(colon + 1));
            host = host.substring(0, colon);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': unknown host '" + host + "'");
        }
    }

    private static int port(String value, String text) {
        try {
            int p = Integer.parseInt(text);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': port must be 1..65535, got '" + text + "'");
        }
    }
}
