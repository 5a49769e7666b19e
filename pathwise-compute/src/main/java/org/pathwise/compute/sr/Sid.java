package org.pathwise.compute.sr;

/**
 * One SR-MPLS segment of a SID list. {@code fromHop}/{@code toHop} are positions on the encoded
 * path (0 = head-end): the segment steers the packet from path node {@code fromHop} to path node
 * {@code toHop}, and its label is the one that node {@code fromHop} reads.
 */
public sealed interface Sid {

    /** The 20-bit MPLS label. */
    int label();

    /** What the SID identifies, for the SR-ERO NAI. */
    Nai nai();

    int fromHop();

    int toHop();

    /**
     * A node (prefix) SID: forwards along every IGP shortest path to {@code nodeId}; used only where
     * that is exactly the path's sub-path. {@code label} = SRGB base of the node at {@code fromHop}
     * + {@code index} (RFC 8402 §2).
     */
    record NodeSid(int label, String nodeId, int node, int index, Nai nai, int fromHop, int toHop) implements Sid {
    }

    /** An adjacency SID: forwards over exactly link {@code linkId} (RFC 8402 §3.4), one hop. */
    record AdjacencySid(int label, String linkId, int link, Nai nai, int fromHop) implements Sid {
        @Override
        public int toHop() {
            return fromHop + 1;
        }
    }
}
