package org.pathwise.pcep.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Svec;

/**
 * PCReq (type 3; RFC 5440 §6.4, RFC 5886 §5, RFC 5541, RFC 5557):
 * {@code [<MONITORING>] [<PCC-REQ-ID>] [<svec-list>] <request-list>}.
 *
 * @param leading the objects before the first RP: MONITORING, PCC-REQ-ID, and the svec-list
 *     ({@code <SVEC> [<OF>] [<GC>] [<XRO>]}, repeated)
 * @param requests one or more requests
 */
public record PcReq(List<PcepObject> leading, List<Request> requests) implements Message {
    public PcReq {
        leading = List.copyOf(leading);
        requests = List.copyOf(requests);
    }

    public static PcReq of(Request... requests) {
        return new PcReq(List.of(), List.of(requests));
    }

    /** The SVECs of the svec-list, in order (none for most requests: no list is built then). */
    public List<Svec> svecs() {
        List<Svec> svecs = List.of();
        for (PcepObject o : leading) {
            if (o instanceof Svec svec) {
                if (svecs.isEmpty()) {
                    svecs = new ArrayList<>(2);
                }
                svecs.add(svec);
            }
        }
        return svecs.isEmpty() ? svecs : Collections.unmodifiableList(svecs);
    }
}
