package org.pathwise.pcep.message;

import org.pathwise.pcep.object.EndpointsGeneralized;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.EndpointsIpv6;
import org.pathwise.pcep.object.EndpointsP2mpIpv4;
import org.pathwise.pcep.object.EndpointsP2mpIpv6;
import org.pathwise.pcep.object.PcepObject;

/** Object-kind tests shared by the message records and the grammar validators. */
public final class RequestGrammarSupport {
    private RequestGrammarSupport() {}

    public static boolean isEndpoints(PcepObject o) {
        return o instanceof EndpointsIpv4 || o instanceof EndpointsIpv6 || o instanceof EndpointsP2mpIpv4
                || o instanceof EndpointsP2mpIpv6 || o instanceof EndpointsGeneralized;
    }
}
