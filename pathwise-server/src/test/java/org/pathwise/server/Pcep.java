package org.pathwise.server;

import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.tlv.Tlv;
import org.pathwise.pcep.types.Ipv4Address;

/** Small builders for the PCEP objects tests send. */
final class Pcep {
    private Pcep() {}

    static Rp rp(long id) {
        return Rp.of(id, 0, List.of());
    }

    static Rp rp(long id, int priority) {
        return Rp.of(id, priority, List.of());
    }

    static Rp rpSr(long id) {
        return Rp.of(id, 0, List.of(new PathSetupTypeTlv(PathSetupTypeTlv.SR_MPLS)));
    }

    /** An RP with the given flags: R (re-optimisation), B (bidirectional), O (loose). */
    static Rp rp(long id, boolean r, boolean b, boolean o, List<Tlv> tlvs) {
        return new Rp(ObjectFlags.P, 0, r, b, o, false, false, false, false, false, false, false, false, false, 0, id,
                tlvs);
    }

    static EndpointsIpv4 endpoints(String from, String to) {
        return new EndpointsIpv4(ObjectFlags.P, Ipv4Address.parse(from), Ipv4Address.parse(to));
    }

    static Bandwidth bandwidth(float bytesPerSecond) {
        return Bandwidth.requested(bytesPerSecond);
    }

    static Metric objective(int type) {
        return new Metric(ObjectFlags.P, false, false, type, 0f);
    }

    static Metric computed(int type) {
        return new Metric(ObjectFlags.P, true, false, type, 0f);
    }

    static Metric bound(int type, float max) {
        return new Metric(ObjectFlags.P, false, true, type, max);
    }

    static Ipv4PrefixSubobject hop(String address, boolean loose) {
        return new Ipv4PrefixSubobject(loose, Ipv4Address.parse(address), 32, 0);
    }

    static List<Subobject> hops(String... addresses) {
        List<Subobject> out = new ArrayList<>();
        for (String a : addresses) {
            out.add(hop(a, false));
        }
        return out;
    }

    static Request request(PcepObject... objects) {
        return Request.of(objects);
    }

    static PcReq pcreq(Request... requests) {
        return PcReq.of(requests);
    }
}
