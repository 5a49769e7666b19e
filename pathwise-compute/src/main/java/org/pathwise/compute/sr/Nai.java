package org.pathwise.compute.sr;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * The Node or Adjacency Identifier a SID stands for (RFC 8664 §4.3.2, SR-ERO NAI), so the server
 * can emit the SR-ERO with NAI and a PCC can check the SID against its own database.
 */
public sealed interface Nai {

    /** A node: its router ID, IPv6 router ID or another address (NT=1 IPv4 or NT=2 IPv6 node ID). */
    record NodeAddress(InetAddress address) implements Nai {
        public NodeAddress {
            Objects.requireNonNull(address, "address");
        }
    }

    /** A numbered adjacency: local and remote interface addresses (NT=3 IPv4 or NT=4 IPv6 adjacency). */
    record AdjacencyAddresses(InetAddress local, InetAddress remote) implements Nai {
        public AdjacencyAddresses {
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(remote, "remote");
        }
    }

    /** An unnumbered adjacency: node IDs and interface IDs of both ends (NT=5). */
    record UnnumberedAdjacency(Inet4Address localNodeId, long localInterfaceId,
                               Inet4Address remoteNodeId, long remoteInterfaceId) implements Nai {
        public UnnumberedAdjacency {
            Objects.requireNonNull(localNodeId, "localNodeId");
            Objects.requireNonNull(remoteNodeId, "remoteNodeId");
        }
    }

    /** The TED knows no address for it: the SR-ERO carries the SID alone (F flag set). */
    record Absent() implements Nai {
    }

    Absent ABSENT = new Absent();
}
