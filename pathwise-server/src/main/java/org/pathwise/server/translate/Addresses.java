package org.pathwise.server.translate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.pathwise.pcep.types.IpAddress;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;

/** PCEP wire addresses ↔ java.net addresses (no resolver involved: raw bytes only). */
public final class Addresses {
    private Addresses() {}

    public static InetAddress toInet(IpAddress a) {
        byte[] bytes = switch (a) {
            case Ipv4Address v4 -> new byte[] {(byte) (v4.bits() >>> 24), (byte) (v4.bits() >>> 16),
                    (byte) (v4.bits() >>> 8), (byte) v4.bits()};
            case Ipv6Address v6 -> v6.toBytes();
        };
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    public static IpAddress fromInet(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return new Ipv4Address((b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff));
        }
        return Ipv6Address.fromBytes(b);
    }

    public static Ipv4Address ipv4(InetAddress a) {
        return (Ipv4Address) fromInet(a);
    }

    /** Whether {@code address} lies in {@code prefix}/{@code length} (same family only). */
    public static boolean inPrefix(InetAddress address, InetAddress prefix, int length) {
        byte[] a = address.getAddress();
        byte[] p = prefix.getAddress();
        if (a.length != p.length) {
            return false;
        }
        int bits = Math.min(length, a.length * 8);
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i & 7);
            if ((a[i >>> 3] & mask) != (p[i >>> 3] & mask)) {
                return false;
            }
        }
        return true;
    }
}
