package org.pathwise.compute.sr;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.compute.Path;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyBuilder;

/** Small SR topologies for tests: nodes with SRGB/index, directed links with IGP metric and adj SID. */
final class SrNet {
    private final TopologyBuilder builder = TopologyBuilder.create();

    SrNet node(String id, int srgbBase, int srgbRange, int index) {
        builder.addNode(Node.of(id).withSr(SrNodeInfo.mpls(srgbBase, srgbRange, index)));
        return this;
    }

    /** A node with the domain-wide SRGB 16000..23999. */
    SrNet node(String id, int index) {
        return node(id, 16000, 8000, index);
    }

    SrNet plainNode(String id) {
        builder.addNode(Node.of(id));
        return this;
    }

    SrNet nodeWithRouterId(String id, int index, String routerId) {
        builder.addNode(Node.of(id).withSr(SrNodeInfo.mpls(16000, 8000, index)).withRouterId(
                (java.net.Inet4Address) address(routerId)));
        return this;
    }

    /** A directed link; adjSid -1 for none. */
    SrNet link(String id, String from, String to, long igp, int adjSid) {
        builder.addLink(Link.builder(id, from, to).igpMetric(igp).teMetric(igp).adjacencySidLabel(adjSid).build());
        return this;
    }

    /** Both directions with the same IGP metric, no adjacency SID. */
    SrNet both(String id, String a, String b, long igp) {
        link(id, a, b, igp, -1);
        return link(id + "/r", b, a, igp, -1);
    }

    SrNet link(Link l) {
        builder.addLink(l);
        return this;
    }

    TeSnapshot build() {
        return builder.build();
    }

    static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** The path through the given link ids, metrics summed (as the core would report it). */
    static Path path(TeSnapshot s, String... linkIds) {
        int[] links = new int[linkIds.length];
        int[] nodes = new int[linkIds.length + 1];
        long igp = 0;
        long te = 0;
        for (int i = 0; i < linkIds.length; i++) {
            links[i] = s.linkIndex(linkIds[i]);
            if (links[i] < 0) {
                throw new AssertionError("no link " + linkIds[i]);
            }
            nodes[i] = s.src(links[i]);
            nodes[i + 1] = s.dst(links[i]);
            igp += s.igpMetric(links[i]);
            te += s.teMetric(links[i]);
        }
        return pathOf(s, links, nodes, igp, te);
    }

    static Path path(TeSnapshot s, List<Integer> linkList) {
        List<String> ids = new ArrayList<>();
        for (int l : linkList) {
            ids.add(s.link(l).id());
        }
        return path(s, ids.toArray(String[]::new));
    }

    private static Path pathOf(TeSnapshot s, int[] links, int[] nodes, long igp, long te) {
        return new Path(links, nodes, igp, te, links.length, 0, Double.POSITIVE_INFINITY, s.version());
    }
}
