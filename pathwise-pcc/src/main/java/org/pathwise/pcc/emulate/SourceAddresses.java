package org.pathwise.pcc.emulate;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Gives each emulated PCC its own loopback source address, so the PCE sees N distinct peers (RFC
 * 5440 §6.1 allows one session per peer address). Session {@code i} gets
 * {@code 127.(1 + i / 64516).((i / 254) % 254 + 1).(i % 254 + 1)}: never a .0 or .255 octet and
 * never 127.0.0.x, where the PCE itself usually listens. Linux routes all of 127/8 to loopback
 * without configuration; other systems may need aliases.
 */
public final class SourceAddresses {
    /** Sessions that fit before the second octet would pass 254. */
    public static final int MAX_SESSIONS = 254 * 254 * 254;

    private SourceAddresses() {
    }

    /** The address of session {@code index} (0-based), port 0 (any). */
    public static InetSocketAddress of(int index) {
        if (index < 0 || index >= MAX_SESSIONS) {
            throw new IllegalArgumentException("session index must be 0.." + (MAX_SESSIONS - 1) + ", got " + index);
        }
        byte[] a = {127, (byte) (1 + index / (254 * 254)), (byte) (index / 254 % 254 + 1), (byte) (index % 254 + 1)};
        try {
            return new InetSocketAddress(InetAddress.getByAddress(a), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
