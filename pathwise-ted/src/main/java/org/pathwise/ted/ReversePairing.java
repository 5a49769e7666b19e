package org.pathwise.ted;

import java.util.Objects;

/**
 * Pairs each directed link with the opposite direction of the same adjacency (what RFC 9059
 * bidirectional LSPs and co-routed paths need). In order of trust:
 * <ol>
 *   <li>explicit pairs (links added with {@link TopologyBuilder#addBidirectional});
 *   <li>numbered links whose local/remote addresses mirror each other, and unnumbered links whose
 *       local/remote interface ids mirror each other (how IGP TE and BGP-LS identify a link);
 *   <li>otherwise, when exactly one unpaired link runs each way between two nodes, those two.
 * </ol>
 * Parallel links without identifiers stay unpaired rather than being paired by guess.
 */
final class ReversePairing {

    private ReversePairing() {
    }

    /**
     * @param explicit explicit[l] = partner index or -1; must already be mirrored and symmetric
     * @return reverse[l] for every link
     */
    static int[] pair(Link[] links, Adjacency adj, int[] explicit) {
        int[] reverse = explicit.clone();
        // Pass 1: identifiers.
        for (int l = 0; l < links.length; l++) {
            if (reverse[l] >= 0 || !hasIdentifiers(links[l])) {
                continue;
            }
            int v = adj.dst()[l];
            int u = adj.src()[l];
            for (int i = adj.outStart()[v]; i < adj.outStart()[v + 1]; i++) {
                int m = adj.outLink()[i];
                if (adj.dst()[m] == u && reverse[m] < 0 && m != l && identifiersMirror(links[l], links[m])) {
                    reverse[l] = m;
                    reverse[m] = l;
                    break;
                }
            }
        }
        // Pass 2: the only unpaired link each way between two nodes.
        for (int l = 0; l < links.length; l++) {
            if (reverse[l] >= 0) {
                continue;
            }
            int u = adj.src()[l];
            int v = adj.dst()[l];
            int candidate = onlyUnpaired(adj, reverse, v, u);
            if (candidate >= 0 && onlyUnpaired(adj, reverse, u, v) == l) {
                reverse[l] = candidate;
                reverse[candidate] = l;
            }
        }
        return reverse;
    }

    /** The single unpaired link from u to v, or -1 when there is none or more than one. */
    private static int onlyUnpaired(Adjacency adj, int[] reverse, int u, int v) {
        int found = -1;
        for (int i = adj.outStart()[u]; i < adj.outStart()[u + 1]; i++) {
            int m = adj.outLink()[i];
            if (adj.dst()[m] == v && reverse[m] < 0) {
                if (found >= 0) {
                    return -1;
                }
                found = m;
            }
        }
        return found;
    }

    private static boolean hasIdentifiers(Link l) {
        return (l.localAddress() != null && l.remoteAddress() != null)
                || (l.localInterfaceId() != 0 && l.remoteInterfaceId() != 0);
    }

    private static boolean identifiersMirror(Link a, Link b) {
        if (a.localAddress() != null && a.remoteAddress() != null) {
            return Objects.equals(a.localAddress(), b.remoteAddress()) && Objects.equals(a.remoteAddress(), b.localAddress());
        }
        return a.localInterfaceId() == b.remoteInterfaceId() && a.remoteInterfaceId() == b.localInterfaceId();
    }
}
