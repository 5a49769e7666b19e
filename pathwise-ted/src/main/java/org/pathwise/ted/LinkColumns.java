package org.pathwise.ted;

import java.util.BitSet;

/**
 * The hot per-link attributes of a snapshot as one array per attribute (a column), indexed by link
 * index. Variable-length attributes (extended admin group, SRLGs, wavelength map) are CSR-packed:
 * link {@code l} owns {@code values[start[l] .. start[l+1])}. Unreserved bandwidth is flattened,
 * {@code unreserved[l * 8 + priority]}.
 *
 * <p>Columns are never written after construction; a new version that changes only one column
 * shares all the others ({@link #withUnreserved}).
 */
record LinkColumns(long[] igpMetric, long[] teMetric, int[] delayMicros,
                   double[] maxBandwidth, double[] maxReservableBandwidth, double[] unreserved,
                   int[] adminGroup, int[] eagStart, long[] eagWords,
                   int[] srlgStart, int[] srlgValues, int[] adjacencySidLabel,
                   int[] wavelengthCount, int[] wavelengthStart, long[] wavelengthWords) {

    static LinkColumns of(Link[] links) {
        int n = links.length;
        long[] igp = new long[n];
        long[] te = new long[n];
        int[] delay = new int[n];
        double[] max = new double[n];
        double[] reservable = new double[n];
        double[] unreserved = new double[n * Link.PRIORITIES];
        int[] ag = new int[n];
        int[] eagStart = new int[n + 1];
        int[] srlgStart = new int[n + 1];
        int[] adjSid = new int[n];
        int[] lambdaCount = new int[n];
        int[] lambdaStart = new int[n + 1];
        for (int l = 0; l < n; l++) {
            Link link = links[l];
            eagStart[l + 1] = eagStart[l] + link.extendedAdminGroup().length;
            srlgStart[l + 1] = srlgStart[l] + link.srlgs().length;
            lambdaStart[l + 1] = lambdaStart[l] + wordsFor(link.wavelengthCount());
        }
        long[] eagWords = new long[eagStart[n]];
        int[] srlgValues = new int[srlgStart[n]];
        long[] lambdaWords = new long[lambdaStart[n]];
        for (int l = 0; l < n; l++) {
            Link link = links[l];
            igp[l] = link.igpMetric();
            te[l] = link.teMetric();
            delay[l] = link.delayMicros();
            max[l] = link.maxBandwidth();
            reservable[l] = link.maxReservableBandwidth();
            for (int p = 0; p < Link.PRIORITIES; p++) {
                unreserved[l * Link.PRIORITIES + p] = link.unreservedBandwidth(p);
            }
            ag[l] = link.adminGroup();
            long[] eag = link.extendedAdminGroup();
            System.arraycopy(eag, 0, eagWords, eagStart[l], eag.length);
            int[] srlgs = link.srlgs();
            System.arraycopy(srlgs, 0, srlgValues, srlgStart[l], srlgs.length);
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

    /** These columns with a new unreserved-bandwidth column; every other column is shared. */
    LinkColumns withUnreserved(double[] newUnreserved) {
        return new LinkColumns(igpMetric, teMetric, delayMicros, maxBandwidth, maxReservableBandwidth,
                newUnreserved, adminGroup, eagStart, eagWords, srlgStart, srlgValues, adjacencySidLabel,
                wavelengthCount, wavelengthStart, wavelengthWords);
    }

    private static int wordsFor(int bits) {
        return (bits + 63) >>> 6;
    }
}
