package org.pathwise.ted;

import java.util.BitSet;
import java.util.Map;

/**
 * The hot per-link attributes of a snapshot as one array per attribute (a column), indexed by link
 * index. Variable-length attributes (extended admin group, SRLGs, wavelength map) are CSR-packed:
 * link {@code l} owns {@code values[start[l] .. start[l+1])}. Unreserved bandwidth is flattened,
 * {@code unreserved[l * 8 + priority]}: it stays one flat array, not pages, because the path
 * computation reads it on every link it relaxes and a paged read measured ~30-50 % slower in a
 * scan (docs/PERFORMANCE.md, UnreservedReadBenchmark).
 *
 * <p>Columns are never written after construction; a new version that changes only unreserved
 * bandwidth copies that column and shares all the others ({@link #withUnreserved}).
 */
record LinkColumns(long[] igpMetric, long[] teMetric, int[] delayMicros,
                   double[] maxBandwidth, double[] maxReservableBandwidth, double[] unreserved,
                   int[] adminGroup, int[] eagStart, long[] eagWords,
                   int[] srlgStart, int[] srlgValues, int[] adjacencySidLabel,
                   int[] wavelengthCount, int[] wavelengthStart, long[] wavelengthWords) {

    private static final int P = Link.PRIORITIES;

    static LinkColumns of(Link[] links) {
        return of(links, null, null);
    }

    /**
     * Columns for {@code links}; where {@code fromBase[l] >= 0}, link {@code l} is link
     * {@code fromBase[l]} of {@code base} unchanged and its row is copied from the base columns
     * (sequential reads) instead of from its record (a pointer chase per attribute).
     */
    static LinkColumns of(Link[] links, LinkColumns base, int[] fromBase) {
        int n = links.length;
        long[] igp = new long[n];
        long[] te = new long[n];
        int[] delay = new int[n];
        double[] max = new double[n];
        double[] reservable = new double[n];
        double[] unreserved = new double[n * P];
        int[] ag = new int[n];
        int[] eagStart = new int[n + 1];
        int[] srlgStart = new int[n + 1];
        int[] adjSid = new int[n];
        int[] lambdaCount = new int[n];
        int[] lambdaStart = new int[n + 1];
        for (int l = 0; l < n; l++) {
            int b = fromBase == null ? -1 : fromBase[l];
            if (b >= 0) {
                eagStart[l + 1] = eagStart[l] + base.eagStart[b + 1] - base.eagStart[b];
                srlgStart[l + 1] = srlgStart[l] + base.srlgStart[b + 1] - base.srlgStart[b];
                lambdaStart[l + 1] = lambdaStart[l] + base.wavelengthStart[b + 1] - base.wavelengthStart[b];
            } else {
                Link link = links[l];
                eagStart[l + 1] = eagStart[l] + link.extendedAdminGroupWords();
                srlgStart[l + 1] = srlgStart[l] + link.srlgCount();
                lambdaStart[l + 1] = lambdaStart[l] + wordsFor(link.wavelengthCount());
            }
        }
        long[] eagWords = new long[eagStart[n]];
        int[] srlgValues = new int[srlgStart[n]];
        long[] lambdaWords = new long[lambdaStart[n]];
        for (int l = 0; l < n; l++) {
            int b = fromBase == null ? -1 : fromBase[l];
            if (b >= 0) {
                igp[l] = base.igpMetric[b];
                te[l] = base.teMetric[b];
                delay[l] = base.delayMicros[b];
                max[l] = base.maxBandwidth[b];
                reservable[l] = base.maxReservableBandwidth[b];
                System.arraycopy(base.unreserved, b * P, unreserved, l * P, P);
                ag[l] = base.adminGroup[b];
                System.arraycopy(base.eagWords, base.eagStart[b], eagWords, eagStart[l], eagStart[l + 1] - eagStart[l]);
                System.arraycopy(base.srlgValues, base.srlgStart[b], srlgValues, srlgStart[l], srlgStart[l + 1] - srlgStart[l]);
                adjSid[l] = base.adjacencySidLabel[b];
                lambdaCount[l] = base.wavelengthCount[b];
                System.arraycopy(base.wavelengthWords, base.wavelengthStart[b], lambdaWords, lambdaStart[l],
                        lambdaStart[l + 1] - lambdaStart[l]);
                continue;
            }
            Link link = links[l];
            igp[l] = link.igpMetric();
            te[l] = link.teMetric();
            delay[l] = link.delayMicros();
            max[l] = link.maxBandwidth();
            reservable[l] = link.maxReservableBandwidth();
            for (int p = 0; p < P; p++) {
                unreserved[l * P + p] = link.unreservedBandwidth(p);
            }
            ag[l] = link.adminGroup();
            link.copyExtendedAdminGroup(eagWords, eagStart[l]);
            link.copySrlgs(srlgValues, srlgStart[l]);
            adjSid[l] = link.adjacencySidLabel();
            lambdaCount[l] = link.wavelengthCount();
            BitSet lambdas = link.wavelengths();
            if (lambdas != null) {
                long[] words = lambdas.toLongArray();
                System.arraycopy(words, 0, lambdaWords, lambdaStart[l], words.length);
            }
        }
        return new LinkColumns(igp, te, delay, max, reservable, unreserved, ag, eagStart, eagWords,
                srlgStart, srlgValues, adjSid, lambdaCount, lambdaStart, lambdaWords);
    }

    /**
     * These columns with new unreserved bandwidth for the links in {@code changes} (link index →
     * record): a copy of that column; every other column is shared.
     */
    LinkColumns withUnreserved(Map<Integer, Link> changes) {
        double[] column = unreserved.clone();
        for (Map.Entry<Integer, Link> e : changes.entrySet()) {
            for (int p = 0; p < P; p++) {
                column[e.getKey() * P + p] = e.getValue().unreservedBandwidth(p);
            }
        }
        return new LinkColumns(igpMetric, teMetric, delayMicros, maxBandwidth, maxReservableBandwidth,
                column, adminGroup, eagStart, eagWords, srlgStart, srlgValues, adjacencySidLabel,
                wavelengthCount, wavelengthStart, wavelengthWords);
    }

    private static int wordsFor(int bits) {
        return (bits + 63) >>> 6;
    }
}
