package org.pathwise.ted;

/**
 * The shape of the graph in compressed sparse row form. Out-links of node {@code n} are
 * {@code outLink[outStart[n] .. outStart[n+1])}, in link-index order; likewise in-links.
 * {@code reverse[l]} is the opposite direction of the same adjacency, -1 when none.
 */
record Adjacency(int[] src, int[] dst, int[] outStart, int[] outLink, int[] inStart, int[] inLink, int[] reverse) {

    static Adjacency of(int nodeCount, int[] src, int[] dst, int[] reverse) {
        int linkCount = src.length;
        int[] outStart = new int[nodeCount + 1];
        int[] inStart = new int[nodeCount + 1];
        for (int l = 0; l < linkCount; l++) {
            outStart[src[l] + 1]++;
            inStart[dst[l] + 1]++;
        }
        for (int n = 0; n < nodeCount; n++) {
            outStart[n + 1] += outStart[n];
            inStart[n + 1] += inStart[n];
        }
        int[] outLink = new int[linkCount];
        int[] inLink = new int[linkCount];
        int[] outFill = new int[nodeCount];
        int[] inFill = new int[nodeCount];
        for (int l = 0; l < linkCount; l++) {
            outLink[outStart[src[l]] + outFill[src[l]]++] = l;
            inLink[inStart[dst[l]] + inFill[dst[l]]++] = l;
        }
        return new Adjacency(src, dst, outStart, outLink, inStart, inLink, reverse);
    }

    Adjacency withReverse(int[] newReverse) {
        return new Adjacency(src, dst, outStart, outLink, inStart, inLink, newReverse);
    }
}
