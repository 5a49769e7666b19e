package org.pathwise.pcep.subobject;

import org.pathwise.pcep.types.Ipv6Address;

/**
 * SRv6-ERO / SRv6-RRO (type 40; RFC 9603 §4.3.1, §4.4): one SRv6 segment.
 *
 * <p>The S, F and T flags are the absence/presence of {@code sid}, {@code nai} and {@code structure}.
 *
 * @param naiType NT (IPv6 node, IPv6 adjacency, IPv6 link-local adjacency, or absent)
 * @param verifySid V: the PCC must verify the SID
 * @param endpointBehavior the SRv6 endpoint behavior (RFC 8986 registry)
 * @param sid the SRv6 SID, or null when absent (S flag)
 * @param nai the NAI, or null when absent (F flag)
 * @param structure the SID structure, or null when absent (T flag clear)
 */
public record Srv6Subobject(boolean loose, NaiType naiType, boolean verifySid, int endpointBehavior, Ipv6Address sid,
        Nai nai, SidStructure structure) implements Subobject {

    /** SID structure (RFC 9603 §4.3.1.1): locator block, node, function and argument lengths in bits. */
    public record SidStructure(int locatorBlockLength, int locatorNodeLength, int functionLength,
            int argumentLength) {}
}
