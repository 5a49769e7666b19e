package org.pathwise.compute;

/**
 * Why no path was returned. The server maps these to the PCEP NO-PATH object (RFC 5440 §7.5:
 * NI field and NO-PATH-VECTOR bits); the names say the cause for humans.
 */
public enum NoPathReason {
    /** The source node is not in the TED (NO-PATH-VECTOR bit "unknown source"). */
    SOURCE_UNKNOWN,
    /** The destination node is not in the TED (NO-PATH-VECTOR bit "unknown destination"). */
    DESTINATION_UNKNOWN,
    /** Source and destination are the same node. */
    SAME_ENDPOINTS,
    /** The source or destination is itself excluded (mandatory exclusion or SRLG-free check). */
    ENDPOINT_EXCLUDED,
    /** An include-route hop names a node or link the TED does not know. */
    INCLUDE_ROUTE_UNKNOWN_HOP,
    /** The destination cannot be reached even with no constraint at all. */
    NO_ROUTE,
    /** Every route crosses an excluded node, link or SRLG. */
    EXCLUSIONS_DISCONNECT,
    /** Every remaining route crosses a link whose admin groups fail the affinities. */
    AFFINITY_UNSATISFIED,
    /** Every remaining route crosses a link without enough unreserved bandwidth at setup priority. */
    BANDWIDTH_UNAVAILABLE,
    /** No route visits the include-route hops in order (strict hops adjacent) without a loop. */
    INCLUDE_ROUTE_UNREACHABLE,
    /** Every feasible route has more hops than the hop limit. */
    HOP_LIMIT_EXCEEDED,
    /** Every feasible route exceeds at least one metric bound. */
    BOUND_EXCEEDED,
    /** The request combines features this computation does not serve together (detail says which). */
    UNSUPPORTED_COMBINATION,
    /**
     * The exact search hit its configured label limit before finishing: not a proof that no path
     * exists (raise {@code PathComputer.Limits.maxLabels}).
     */
    SEARCH_LIMIT_EXCEEDED,
    /**
     * Segment Routing: some hop of the path has neither an adjacency SID nor a node SID whose IGP
     * shortest paths (ECMP included) stay on the path, so no SID list can steer the path.
     */
    SR_SID_UNAVAILABLE,
    /** Segment Routing: the shortest SID list for the path is deeper than the head-end's MSD (RFC 8664 §4.1). */
    SR_MSD_EXCEEDED,
    /** Optical: routes exist, but none has one channel free on every link (wavelength continuity). */
    WAVELENGTH_UNAVAILABLE
}
