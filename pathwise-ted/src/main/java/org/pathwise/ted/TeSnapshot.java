package org.pathwise.ted;

import java.net.InetAddress;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * Immutable, versioned topology snapshot in compact arrays. Indices are dense ints: nodes
 * {@code 0..nodeCount()-1}, links {@code 0..linkCount()-1}. Safe to share across threads.
 *
 * <p>The per-link accessors are single array reads with no allocation and no bounds checks of
 * their own beyond the JVM's, so the path computation's inner loop can call them freely. The
 * cold attributes are in {@link #node(int)} and {@link #link(int)}.
 */
public final class TeSnapshot {

    private static final int P = Link.PRIORITIES;

    private final long version;
    private final NodeTable nodeTable;
    private final KeyIndex<InetAddress> nodeByAddress;
    /** Link records in pages of {@link LinkPages#LINKS}, so an attribute update copies only the pages it touches. */
    private final Link[][] links;
    private final int linkCount;
    private final KeyIndex<String> linkIndexById;
    private final Adjacency adjacency;
    private final LinkColumns columns;

    // Array references copied out of the components so every hot accessor is one field load + one array read.
    private final int[] src;
    private final int[] dst;
    private final int[] outStart;
    private final int[] outLink;
    private final int[] inStart;
    private final int[] inLink;
    private final int[] reverse;
    private final long[] igpMetric;
    private final long[] teMetric;
    private final int[] delayMicros;
    private final double[] maxBandwidth;
    private final double[] maxReservableBandwidth;
    private final double[] unreserved;
    private final int[] adminGroup;
    private final int[] eagStart;
    private final long[] eagWords;
    private final int[] srlgStart;
    private final int[] srlgValues;
    private final int[] adjacencySidLabel;
    private final int[] wavelengthCount;
    private final int[] wavelengthStart;
    private final long[] wavelengthWords;

    TeSnapshot(long version, NodeTable nodeTable, KeyIndex<InetAddress> nodeByAddress, Link[][] links,
               KeyIndex<String> linkIndexById, Adjacency adjacency, LinkColumns columns) {
        this.version = version;
        this.nodeTable = nodeTable;
        this.nodeByAddress = nodeByAddress;
        this.links = links;
        this.linkCount = adjacency.src().length;
        this.linkIndexById = linkIndexById;
        this.adjacency = adjacency;
        this.columns = columns;
        src = adjacency.src();
        dst = adjacency.dst();
        outStart = adjacency.outStart();
        outLink = adjacency.outLink();
        inStart = adjacency.inStart();
        inLink = adjacency.inLink();
        reverse = adjacency.reverse();
        igpMetric = columns.igpMetric();
        teMetric = columns.teMetric();
        delayMicros = columns.delayMicros();
        maxBandwidth = columns.maxBandwidth();
        maxReservableBandwidth = columns.maxReservableBandwidth();
        unreserved = columns.unreserved();
        adminGroup = columns.adminGroup();
        eagStart = columns.eagStart();
        eagWords = columns.eagWords();
        srlgStart = columns.srlgStart();
        srlgValues = columns.srlgValues();
        adjacencySidLabel = columns.adjacencySidLabel();
        wavelengthCount = columns.wavelengthCount();
        wavelengthStart = columns.wavelengthStart();
        wavelengthWords = columns.wavelengthWords();
    }

    /** An empty topology, version 0: the starting point before anything is known. */
    public static TeSnapshot empty() {
        return TopologyBuilder.create().buildVersion(0);
    }

    public long version() {
        return version;
    }

    public int nodeCount() {
        return nodeTable.nodes().length;
    }

    public int linkCount() {
        return linkCount;
    }

    public Node node(int n) {
        return nodeTable.nodes()[n];
    }

    /** Index of the node with this id, -1 if absent. */
    public int nodeIndex(String id) {
        return nodeTable.indexOf(id);
    }

    /** Index of the node named by a router ID, IPv6 router ID, node address or link local address; -1 if absent. */
    public int nodeIndexByAddress(InetAddress a) {
        return nodeByAddress.get(a);
    }

    public Link link(int l) {
        return links[l >>> LinkPages.SHIFT][l & LinkPages.MASK];
    }

    /** Index of the link with this id, -1 if absent. */
    public int linkIndex(String id) {
        return linkIndexById.get(id);
    }

    /** All nodes in index order (an unmodifiable view). */
    public List<Node> nodes() {
        return Collections.unmodifiableList(Arrays.asList(nodeTable.nodes()));
    }

    /** All links in index order (an unmodifiable view). */
    public List<Link> links() {
        return new LinkList();
    }

    // CSR adjacency: out-links of n are outLink(i) for i in [outStart(n), outStart(n+1)).

    public int outStart(int n) {
        return outStart[n];
    }

    public int outLink(int i) {
        return outLink[i];
    }

    public int inStart(int n) {
        return inStart[n];
    }

    public int inLink(int i) {
        return inLink[i];
    }

    public int outDegree(int n) {
        return outStart[n + 1] - outStart[n];
    }

    public int inDegree(int n) {
        return inStart[n + 1] - inStart[n];
    }

    // Hot per-link attributes.

    public int src(int l) {
        return src[l];
    }

    public int dst(int l) {
        return dst[l];
    }

    public long igpMetric(int l) {
        return igpMetric[l];
    }

    public long teMetric(int l) {
        return teMetric[l];
    }

    public int delayMicros(int l) {
        return delayMicros[l];
    }

    public double unreservedBandwidth(int l, int priority) {
        return unreserved[l * P + priority];
    }

    public double maxBandwidth(int l) {
        return maxBandwidth[l];
    }

    public double maxReservableBandwidth(int l) {
        return maxReservableBandwidth[l];
    }

    public int adminGroup(int l) {
        return adminGroup[l];
    }

    /** Bit {@code bit} of the RFC 7308 extended admin group (numbering as in {@link Link}). */
    public boolean hasExtendedAdminGroup(int l, int bit) {
        int word = eagStart[l] + (bit >>> 6);
        return bit >= 0 && word < eagStart[l + 1] && (eagWords[word] & (1L << bit)) != 0;
    }

    /** Number of 64-bit words in link {@code l}'s extended admin group (0 when it has none). */
    public int extendedAdminGroupWords(int l) {
        return eagStart[l + 1] - eagStart[l];
    }

    public long extendedAdminGroupWord(int l, int i) {
        return eagWords[eagStart[l] + i];
    }

    public int srlgCount(int l) {
        return srlgStart[l + 1] - srlgStart[l];
    }

    public int srlg(int l, int i) {
        return srlgValues[srlgStart[l] + i];
    }

    /** The opposite-direction link of the same adjacency, -1 when none. */
    public int reverse(int l) {
        return reverse[l];
    }

    public int adjacencySidLabel(int l) {
        return adjacencySidLabel[l];
    }

    /** True when link {@code l} is optical and channel {@code channel} is free; false for non-optical links. */
    public boolean wavelengthAvailable(int l, int channel) {
        return channel >= 0 && channel < wavelengthCount[l]
                && (wavelengthWords[wavelengthStart[l] + (channel >>> 6)] & (1L << channel)) != 0;
    }

    public int wavelengthCount(int l) {
        return wavelengthCount[l];
    }

    /** Start the next version from this one. */
    public TopologyBuilder toBuilder() {
        return new TopologyBuilder(this);
    }

    @Override
    public String toString() {
        return "TeSnapshot[v" + version + ", " + nodeCount() + " nodes, " + linkCount() + " links]";
    }

    // Package-private access for the builder, which shares unchanged components with the next version.

    NodeTable nodeTable() {
        return nodeTable;
    }

    KeyIndex<InetAddress> nodeByAddress() {
        return nodeByAddress;
    }

    Link[][] linkPages() {
        return links;
    }

    /** Copies the link records, in index order, into {@code into} from index 0. */
    void copyLinks(Link[] into) {
        for (int p = 0; p < links.length; p++) {
            System.arraycopy(links[p], 0, into, p << LinkPages.SHIFT, links[p].length);
        }
    }

    KeyIndex<String> linkIndexById() {
        return linkIndexById;
    }

    Adjacency adjacency() {
        return adjacency;
    }

    LinkColumns columns() {
        return columns;
    }

    TeSnapshot withVersion(long newVersion) {
        return new TeSnapshot(newVersion, nodeTable, nodeByAddress, links, linkIndexById, adjacency, columns);
    }

    /** The read-only view behind {@link #links()}. */
    private final class LinkList extends AbstractList<Link> implements RandomAccess {
        @Override
        public Link get(int l) {
            return link(l);
        }

        @Override
        public int size() {
            return linkCount;
        }
    }
}
