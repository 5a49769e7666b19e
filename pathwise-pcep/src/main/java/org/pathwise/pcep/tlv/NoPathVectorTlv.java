package org.pathwise.pcep.tlv;

/**
 * NO-PATH-VECTOR (type 1; RFC 5440 §7.5 and the bits registered since): why no path was found.
 *
 * @param pceUnavailable PCE currently unavailable
 * @param unknownDestination unknown destination
 * @param unknownSource unknown source
 * @param brpcChainUnavailable BRPC path computation chain unavailable (RFC 5441)
 * @param pathKeyExpansionFailure PKS expansion failure (RFC 5520)
 * @param noGcoMigrationPath no GCO migration path found (RFC 5557)
 * @param noGcoSolution no GCO solution found (RFC 5557)
 * @param p2mpReachabilityProblem P2MP reachability problem (RFC 8306)
 * @param unassignedFlags bits not named above, kept for the round trip
 */
public record NoPathVectorTlv(boolean pceUnavailable, boolean unknownDestination, boolean unknownSource,
        boolean brpcChainUnavailable, boolean pathKeyExpansionFailure, boolean noGcoMigrationPath,
        boolean noGcoSolution, boolean p2mpReachabilityProblem, int unassignedFlags) implements Tlv {}
