package org.pathwise.bench.session;

import java.net.InetSocketAddress;

/**
 * Distinct loopback source addresses, one per emulated PCC: 127.0.0.0/8 is all local on Linux,
 * so each PCC gets its own address and ephemeral ports never run out (65k per address).
 * Host bytes 0 and 255 are skipped; 127.0.0.x is left to the PCE.
 */
final class LoopbackSources {
    private static final int HOSTS_PER_SUBNET = 254;

    private LoopbackSources() {}

    /** The source of PCC number {@code i} (0-based): 127.0.1.1, 127.0.1.2, …, 127.0.1.254, 127.0.2.1, … */
    static InetSocketAddress of(int i) {
        int subnet = 1 + i / HOSTS_PER_SUBNET;
        int host = 1 + i % HOSTS_PER_SUBNET;
        return new InetSocketAddress("127." + (subnet >> 8) + "." + (subnet & 255) + "." + host, 0);
    }
}
