package org.pathwise.server.translate;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.compute.sr.Nai;
import org.pathwise.compute.sr.Sid;
import org.pathwise.compute.sr.SrEncoding;
import org.pathwise.pcep.subobject.NaiType;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;

/**
 * The SR-ERO of an SR-MPLS path (RFC 8664 §4.3.1): one sub-object per SID of the list the compute
 * SR module chose, top of the stack first, each with M set (an MPLS label, shifted into the top 20
 * bits of the SID field) and its NAI when the TED knows one (F clear), so the PCC can check it.
 * A node segment is loose (L) when the request allowed loose hops (RP O flag): the IGP picks its
 * route, which the encoder has proved is the computed one; adjacency segments are always strict.
 */
public final class SrEro {
    private SrEro() {}

    public static List<Subobject> hops(SrEncoding.Encoded encoded, boolean looseAllowed) {
        List<Subobject> out = new ArrayList<>(encoded.depth());
        for (Sid sid : encoded.sids()) {
            boolean loose = looseAllowed && sid instanceof Sid.NodeSid;
            org.pathwise.pcep.subobject.Nai nai = nai(sid.nai());
            out.add(new SrSubobject(loose, nai == null ? NaiType.ABSENT : nai.type(), true, false,
                    (long) sid.label() << 12, nai));
        }
        return out;
    }

    private static org.pathwise.pcep.subobject.Nai nai(Nai nai) {
        return switch (nai) {
            case Nai.NodeAddress n -> n.address() instanceof Inet4Address
                    ? new org.pathwise.pcep.subobject.Nai.Ipv4Node(v4(n.address()))
                    : new org.pathwise.pcep.subobject.Nai.Ipv6Node(v6(n.address()));
            case Nai.AdjacencyAddresses a -> a.local() instanceof Inet4Address && a.remote() instanceof Inet4Address
                    ? new org.pathwise.pcep.subobject.Nai.Ipv4Adjacency(v4(a.local()), v4(a.remote()))
                    : !(a.local() instanceof Inet4Address) && !(a.remote() instanceof Inet4Address)
                            ? new org.pathwise.pcep.subobject.Nai.Ipv6Adjacency(v6(a.local()), v6(a.remote()))
                            : null;
            case Nai.UnnumberedAdjacency u -> new org.pathwise.pcep.subobject.Nai.UnnumberedAdjacency(
                    v4(u.localNodeId()), u.localInterfaceId(), v4(u.remoteNodeId()), u.remoteInterfaceId());
            case Nai.Absent a -> null;
        };
    }

    private static Ipv4Address v4(InetAddress a) {
        return (Ipv4Address) Addresses.fromInet(a);
    }

    private static Ipv6Address v6(InetAddress a) {
        return (Ipv6Address) Addresses.fromInet(a);
    }
}
