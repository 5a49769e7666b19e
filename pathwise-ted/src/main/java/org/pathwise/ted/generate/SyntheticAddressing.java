package org.pathwise.ted.generate;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/**
 * Gives an imported topology what a PCE needs but map data lacks, the way {@link TopologyGenerator}
 * numbers its own: router IDs {@code 10.0.0.0 + index + 1}, one /31 per adjacency from
 * 100.64.0.0/10, SR-MPLS with SRGB 16000/8000 (wider above 8,000 nodes) and node SID index = node
 * index, and adjacency SIDs numbered per node from the label after the SRGB. Only what is missing
 * is added: a node that has a router ID or SR data keeps it, a link that has addresses or an
 * adjacency SID keeps them. Names, coordinates and TE attributes are untouched.
 *
 * <p>{@link #whereMissing} is the rule every loader of a topology for PCEP follows (the server at
 * start and on every reload, {@code pcc request}, {@code pcc emulate}, the end-to-end benchmark):
 * a PCC names nodes by router ID in END-POINTS, so the PCE and its PCCs must invent the same ones
 * from the same file, or every request is "unknown source".
 */
public final class SyntheticAddressing {

    private SyntheticAddressing() {
    }

    /** How many nodes have no IPv4 router ID: a PCC cannot name them in END-POINTS. */
    public static int nodesWithoutRouterId(TeSnapshot s) {
        int missing = 0;
        for (int i = 0; i < s.nodeCount(); i++) {
            if (s.node(i).routerId() == null) {
                missing++;
            }
        }
        return missing;
    }

    /**
     * {@link #apply} when some node has no router ID, else {@code s} itself: a topology whose nodes
     * all have router IDs is served as written (no invented link addresses or SIDs).
     */
    public static TeSnapshot whereMissing(TeSnapshot s) {
        return nodesWithoutRouterId(s) > 0 ? apply(s) : s;
    }

    /** Adds every missing router ID, link address, SRGB, node SID and adjacency SID (see above). */
    public static TeSnapshot apply(TeSnapshot s) {
        int n = s.nodeCount();
        int srgbRange = Math.max(TeAttributes.SRGB_RANGE, (n + 999) / 1000 * 1000);
        int adjacencySidBase = TeAttributes.SRGB_BASE + srgbRange;
        TopologyBuilder b = s.toBuilder();
        for (int i = 0; i < n; i++) {
            Node node = s.node(i);
            if (node.routerId() == null) {
                node = node.withRouterId((Inet4Address) ipv4(0x0A00_0000 + i + 1));
            }
            if (node.sr() == null) {
                node = node.withSr(SrNodeInfo.mpls(TeAttributes.SRGB_BASE, srgbRange, i));
            }
            b.replaceNode(node);
        }
        int[] nextSid = new int[n];
        boolean[] done = new boolean[s.linkCount()];
        int subnet = 0x6440_0000;
        for (int l = 0; l < s.linkCount(); l++) {
            if (done[l]) {
                continue;
            }
            int r = s.reverse(l);
            boolean numbered = s.link(l).localAddress() != null || s.link(l).localInterfaceId() != 0;
            b.replaceLink(address(s.link(l), numbered, subnet, subnet + 1, adjacencySidBase + nextSid[s.src(l)]++));
            if (r >= 0) {
                b.replaceLink(address(s.link(r), numbered, subnet + 1, subnet, adjacencySidBase + nextSid[s.src(r)]++));
                done[r] = true;
            }
            subnet += 2;
        }
        return b.build();
    }

    private static Link address(Link l, boolean keepAddresses, int local, int remote, int sid) {
        Link.Builder b = l.toBuilder();
        if (!keepAddresses) {
            b.addresses(ipv4(local), ipv4(remote));
        }
        if (l.adjacencySidLabel() < 0) {
            b.adjacencySidLabel(sid);
        }
        return b.build();
    }

    static InetAddress ipv4(int address) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
