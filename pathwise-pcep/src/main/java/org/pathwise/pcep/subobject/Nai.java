package org.pathwise.pcep.subobject;

import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;

/** A node or adjacency identifier of an SR or SRv6 segment (RFC 8664 §4.3.2, RFC 9603 §4.3.2). */
public sealed interface Nai {

    NaiType type();

    record Ipv4Node(Ipv4Address address) implements Nai {
        public NaiType type() {
            return NaiType.IPV4_NODE;
        }
    }

    record Ipv6Node(Ipv6Address address) implements Nai {
        public NaiType type() {
            return NaiType.IPV6_NODE;
        }
    }

    record Ipv4Adjacency(Ipv4Address local, Ipv4Address remote) implements Nai {
        public NaiType type() {
            return NaiType.IPV4_ADJACENCY;
        }
    }

    record Ipv6Adjacency(Ipv6Address local, Ipv6Address remote) implements Nai {
        public NaiType type() {
            return NaiType.IPV6_ADJACENCY;
        }
    }

    record UnnumberedAdjacency(Ipv4Address localNode, long localInterface, Ipv4Address remoteNode,
            long remoteInterface) implements Nai {
        public NaiType type() {
            return NaiType.UNNUMBERED_ADJACENCY;
        }
    }

    record Ipv6LinkLocalAdjacency(Ipv6Address local, long localInterface, Ipv6Address remote, long remoteInterface)
            implements Nai {
        public NaiType type() {
            return NaiType.IPV6_LINK_LOCAL_ADJACENCY;
        }
    }
}
