package org.pathwise.compute;

import java.util.Arrays;
import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * A computed path: directed link indices in order, the node indices it visits (one more than the
 * links), its accumulated metrics, and the version of the snapshot the indices refer to.
 *
 * @param minUnreservedBandwidth the smallest unreserved bandwidth along the path at the request's
 *                               setup priority (existing-reservation credit included), bytes/s
 */
public record Path(int[] links, int[] nodes, long igpMetric, long teMetric, int hopCount,
                   long delayMicros, double minUnreservedBandwidth, long snapshotVersion) {

    public Path {
        links = links.clone();
        nodes = nodes.clone();
        if (nodes.length != links.length + 1) {
            throw new IllegalArgumentException("a path visits one node more than it has links");
        }
    }

    /**
     * Builds the path that follows {@code buf} from {@code source}, summing its metrics; the
     * minimum unreserved bandwidth is read through the query's filter (credits included).
     */
    public static Path build(Query q, int source, PathBuffer buf) {
        TeSnapshot snapshot = q.snapshot();
        LinkFilter filter = q.filter;
        int length = buf.length();
        int[] ls = Arrays.copyOf(buf.array(), length);
        int[] ns = new int[length + 1];
        ns[0] = source;
        long igp = 0;
        long te = 0;
        long delay = 0;
        double minBw = Double.POSITIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            int l = ls[i];
            ns[i + 1] = snapshot.dst(l);
            igp += snapshot.igpMetric(l);
            te += snapshot.teMetric(l);
            delay += snapshot.delayMicros(l);
            minBw = Math.min(minBw, filter.residual(l));
        }
        return new Path(ls, ns, igp, te, length, delay, minBw, snapshot.version());
    }

    /** The path's accumulated value of {@code kind}. */
    public long metric(MetricKind kind) {
        return switch (kind) {
            case IGP -> igpMetric;
            case TE -> teMetric;
            case HOPS -> hopCount;
            case DELAY -> delayMicros;
        };
    }

    public int link(int i) {
        return links[i];
    }

    public int node(int i) {
        return nodes[i];
    }

    @Override
    public int[] links() {
        return links.clone();
    }

    @Override
    public int[] nodes() {
        return nodes.clone();
    }

    public int source() {
        return nodes[0];
    }

    public int destination() {
        return nodes[nodes.length - 1];
    }

    /** Node ids in order, resolved against the snapshot this path was computed on. */
    public String[] nodeIds(TeSnapshot snapshot) {
        String[] ids = new String[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            ids[i] = snapshot.node(nodes[i]).id();
        }
        return ids;
    }

    /** Link ids in order, resolved against the snapshot this path was computed on. */
    public String[] linkIds(TeSnapshot snapshot) {
        String[] ids = new String[links.length];
        for (int i = 0; i < links.length; i++) {
            ids[i] = snapshot.link(links[i]).id();
        }
        return ids;
    }

    public boolean sameRoute(Path other) {
        return Arrays.equals(links, other.links);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path p && Arrays.equals(p.links, links) && p.source() == source()
                && p.snapshotVersion == snapshotVersion && p.igpMetric == igpMetric
                && p.teMetric == teMetric && p.delayMicros == delayMicros
                && Double.compare(p.minUnreservedBandwidth, minUnreservedBandwidth) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(links) * 31 + Long.hashCode(snapshotVersion);
    }

    @Override
    public String toString() {
        return "Path[nodes=" + Arrays.toString(nodes) + ", igp=" + igpMetric + ", te=" + teMetric
                + ", hops=" + hopCount + ", delay=" + delayMicros + "us, minUnreserved="
                + minUnreservedBandwidth + ", version=" + snapshotVersion + "]";
    }
}
