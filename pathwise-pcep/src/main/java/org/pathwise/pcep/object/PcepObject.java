package org.pathwise.pcep.object;

/**
 * A PCEP object (RFC 5440 §7): one record per object class/type, plus {@link UnknownObject} for
 * what this codec does not know, kept as raw bytes so it survives a round trip.
 */
public sealed interface PcepObject
        permits OpenObject, Rp, NoPath, EndpointsIpv4, EndpointsIpv6, EndpointsP2mpIpv4, EndpointsP2mpIpv6,
                EndpointsGeneralized, Bandwidth, GeneralizedBandwidth, Metric, Ero, Rro, Lspa, Iro, Svec,
                Notification, PcepError, LoadBalancing, CloseObject, ObjectiveFunction, Xro, GlobalConstraints,
                Monitoring, PccReqId, PceId, ProcTime, Overload, Lsp, Srp, Association, VendorInformation,
                BandwidthUtilization, UnknownObject {

    /** The P and I flags of the object header. */
    ObjectFlags flags();
}
