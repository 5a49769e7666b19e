package org.pathwise.pcep.types;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv6 address held as two 64-bit halves (network order). */
public record Ipv6Address(long high, long low) implements IpAddress {

    public static Ipv6Address parse(String text) {
        String t = text.trim();
        if (t.indexOf(':') < 0 || !t.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("not an IPv6 address: '" + text + "'");
        }
        try {
            // Literal parsing only: the text is all hex digits, ':' and '.', so no lookup happens.
            byte[] b = InetAddress.getByName(t).getAddress();
            if (b.length != 16) {
                throw new IllegalArgumentException("not an IPv6 address: '" + text + "'");
            }
            return fromBytes(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address: '" + text + "'", e);
        }
    }

    public static Ipv6Address fromBytes(byte[] b) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (b[i] & 0xff);
            lo = lo << 8 | (b[i + 8] & 0xff);
        }
        return new Ipv6Address(hi, lo);
    }

    public byte[] toBytes() {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (high >>> (56 - 8 * i));
            b[i + 8] = (byte) (low >>> (56 - 8 * i));
        }
        return b;
    }

    @Override
    public int byteLength() {
        return 16;
    }

    @Override
    public String toString() {
        try {
            String s = Inet6Address.getByAddress(null, toBytes(), null).getHostAddress();
            return compress(s);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 5952 text: Java prints every group; collapse the longest run of zero groups. */
    private static String compress(String full) {
        String[] g = full.split(":");
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < g.length; ) {
            if (g[i].equals("0")) {
                int j = i;
                while (j < g.length && g[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(g, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(g, bestStart + bestLen, g.length));
        return head + "::" + tail;
    }
}
