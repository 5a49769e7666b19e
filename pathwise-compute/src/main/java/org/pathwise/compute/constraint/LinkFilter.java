package org.pathwise.compute.constraint;

import org.pathwise.compute.Affinity;
import org.pathwise.compute.workspace.Credits;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.ted.TeSnapshot;

/**
 * Decides, link by link and on the fly, whether a request may use a link: bandwidth at the setup
 * priority (with existing-reservation credit), affinities, excluded nodes/links/SRLGs, and the
 * temporary bans that k-shortest and disjoint searches add. Never touches the snapshot; every
 * check is O(1) except SRLGs (a binary search per SRLG of the link). Reused across queries.
 */
public final class LinkFilter {
    private TeSnapshot snapshot;
    private double bandwidth;
    private int priority;
    private boolean checkBandwidth;

    private int excludeAny;
    private int includeAny;
    private int includeAll;
    private boolean checkAffinity;
    private long[] extExcludeAny = new long[0];
    private long[] extIncludeAny = new long[0];
    private long[] extIncludeAll = new long[0];
    private boolean checkExtended;

    private final Credits credits = new Credits();
    private final Marks excludedNodes = new Marks();
    private final Marks excludedLinks = new Marks();
    private final IntList excludedSrlgs = new IntList();
    private final Marks bannedNodes = new Marks();
    private final Marks bannedLinks = new Marks();
    private final IntList bannedSrlgs = new IntList();

    private WidthMode widthMode = WidthMode.RESIDUAL_BANDWIDTH;
    private double minWidth = Double.NEGATIVE_INFINITY;
    private boolean checkWidth;

    private boolean anyNodeMarks;
    private boolean anyLinkMarks;
    private boolean anySrlgs;
    private boolean baseOnly;

    /** Starts a new request on {@code snapshot}: no constraint at all. */
    public void reset(TeSnapshot snapshot) {
        this.snapshot = snapshot;
        int n = snapshot.nodeCount();
        int m = snapshot.linkCount();
        bandwidth = 0;
        priority = 7;
        checkBandwidth = false;
        excludeAny = includeAny = includeAll = 0;
        checkAffinity = false;
        checkExtended = false;
        credits.clear(m);
        excludedNodes.clear(n);
        excludedLinks.clear(m);
        excludedSrlgs.clear();
        bannedNodes.clear(n);
        bannedLinks.clear(m);
        bannedSrlgs.clear();
        checkWidth = false;
        minWidth = Double.NEGATIVE_INFINITY;
        refreshFlags();
    }

    public TeSnapshot snapshot() {
        return snapshot;
    }

    public void bandwidth(double bytesPerSecond, int setupPriority) {
        this.bandwidth = bytesPerSecond;
        this.priority = setupPriority;
        this.checkBandwidth = bytesPerSecond > 0;
    }

    public double bandwidth() {
        return bandwidth;
    }

    public int priority() {
        return priority;
    }

    /** Drops the bandwidth check (diagnosis), keeping the priority for residual(). */
    public void ignoreBandwidth() {
        checkBandwidth = false;
    }

    public void affinity(Affinity a) {
        excludeAny = a.excludeAny();
        includeAny = a.includeAny();
        includeAll = a.includeAll();
        checkAffinity = excludeAny != 0 || includeAny != 0 || includeAll != 0;
        extExcludeAny = a.extendedExcludeAny();
        extIncludeAny = a.extendedIncludeAny();
        extIncludeAll = a.extendedIncludeAll();
        checkExtended = a.hasExtended();
    }

    public void clearAffinity() {
        checkAffinity = false;
        checkExtended = false;
    }

    public void credit(int link, double bytesPerSecond) {
        credits.set(link, bytesPerSecond);
    }

    public void excludeNode(int n) {
        excludedNodes.add(n);
        refreshFlags();
    }

    public void excludeLink(int l) {
        excludedLinks.add(l);
        refreshFlags();
    }

    public void excludeSrlg(int srlg) {
        excludedSrlgs.add(srlg);
        refreshFlags();
    }

    public boolean isNodeExcluded(int n) {
        return excludedNodes.contains(n);
    }

    /**
     * While on, only the request's own constraints apply: temporary bans and the width threshold
     * are skipped. Lower bounds are computed this way so they hold for every later search.
     */
    public void baseOnly(boolean on) {
        baseOnly = on;
    }

    /** Clears every exclusion (diagnosis). */
    public void clearExclusions() {
        excludedNodes.clear(snapshot.nodeCount());
        excludedLinks.clear(snapshot.linkCount());
        excludedSrlgs.clear();
        refreshFlags();
    }

    public void banNode(int n) {
        bannedNodes.add(n);
        anyNodeMarks = true;
    }

    public void unbanNode(int n) {
        bannedNodes.remove(n);
        refreshFlags();
    }

    public void banLink(int l) {
        bannedLinks.add(l);
        anyLinkMarks = true;
    }

    public void banSrlg(int srlg) {
        bannedSrlgs.add(srlg);
        anySrlgs = true;
    }

    /** Removes the temporary bans, keeping the request's own constraints. */
    public void clearBans() {
        bannedNodes.clear(snapshot.nodeCount());
        bannedLinks.clear(snapshot.linkCount());
        bannedSrlgs.clear();
        refreshFlags();
    }

    /** Only links at least {@code min} wide pass from now on (shortest-widest second phase). */
    public void minWidth(WidthMode mode, double min) {
        this.widthMode = mode;
        this.minWidth = min;
        this.checkWidth = true;
    }

    public void clearMinWidth() {
        checkWidth = false;
    }

    private void refreshFlags() {
        anyNodeMarks = !excludedNodes.isEmpty() || !bannedNodes.isEmpty();
        anyLinkMarks = !excludedLinks.isEmpty() || !bannedLinks.isEmpty();
        anySrlgs = !excludedSrlgs.isEmpty() || !bannedSrlgs.isEmpty();
    }

    /** Unreserved bandwidth of {@code l} at the setup priority plus this request's credit there. */
    public double residual(int l) {
        double r = snapshot.unreservedBandwidth(l, priority);
        return credits.any() ? r + credits.get(l) : r;
    }

    public double credit(int l) {
        return credits.get(l);
    }

    public boolean hasCredits() {
        return credits.any();
    }

    /** The link's width under {@code mode}: residual bandwidth, or residual fraction after placement. */
    public double width(int l, WidthMode mode) {
        double residual = residual(l);
        if (mode == WidthMode.RESIDUAL_BANDWIDTH) {
            return residual;
        }
        double max = snapshot.maxReservableBandwidth(l);
        return max > 0 ? (residual - bandwidth) / max : 0.0;
    }

    /**
     * True when {@link #allows(int)} reduces to {@code snapshot.unreservedBandwidth(l, priority())
     * >= bandwidthFloor()}: no exclusion, ban, affinity, SRLG, width threshold or credit is set.
     * Searches test this once per run and then skip the general check in their inner loop.
     */
    public boolean bandwidthOnly() {
        return !anyLinkMarks && !anyNodeMarks && !checkAffinity && !checkExtended && !anySrlgs
                && (!checkWidth || baseOnly) && !credits.any();
    }

    /** The unreserved bandwidth a link needs to pass; negative infinity when bandwidth is not checked. */
    public double bandwidthFloor() {
        return checkBandwidth ? bandwidth : Double.NEGATIVE_INFINITY;
    }

    /** The hot check. */
    public boolean allows(int l) {
        if (anyLinkMarks && (excludedLinks.contains(l) || (!baseOnly && bannedLinks.contains(l)))) {
            return false;
        }
        if (anyNodeMarks) {
            int a = snapshot.src(l);
            int b = snapshot.dst(l);
            if (excludedNodes.contains(a) || excludedNodes.contains(b)
                    || (!baseOnly && (bannedNodes.contains(a) || bannedNodes.contains(b)))) {
                return false;
            }
        }
        if (checkBandwidth && residual(l) < bandwidth) {
            return false;
        }
        if (checkAffinity && !affinityAllows(snapshot.adminGroup(l))) {
            return false;
        }
        if (checkExtended && !extendedAllows(l)) {
            return false;
        }
        if (anySrlgs && srlgBlocked(l)) {
            return false;
        }
        return !checkWidth || baseOnly || width(l, widthMode) >= minWidth;
    }

    // RFC 3209 §4.7.4 resource affinity procedure, on the 32-bit admin group.
    private boolean affinityAllows(int group) {
        if ((group & excludeAny) != 0) {
            return false;
        }
        if (includeAny != 0 && (group & includeAny) == 0) {
            return false;
        }
        return (group & includeAll) == includeAll;
    }

    // RFC 7308 §2.3.2: the same three tests over the extended admin group.
    private boolean extendedAllows(int l) {
        if (anyBit(extExcludeAny, l)) {
            return false;
        }
        if (nonZero(extIncludeAny) && !anyBit(extIncludeAny, l)) {
            return false;
        }
        for (int w = 0; w < extIncludeAll.length; w++) {
            long bits = extIncludeAll[w];
            while (bits != 0) {
                int bit = Long.numberOfTrailingZeros(bits);
                if (!snapshot.hasExtendedAdminGroup(l, w * 64 + bit)) {
                    return false;
                }
                bits &= bits - 1;
            }
        }
        return true;
    }

    private boolean anyBit(long[] mask, int l) {
        for (int w = 0; w < mask.length; w++) {
            long bits = mask[w];
            while (bits != 0) {
                int bit = Long.numberOfTrailingZeros(bits);
                if (snapshot.hasExtendedAdminGroup(l, w * 64 + bit)) {
                    return true;
                }
                bits &= bits - 1;
            }
        }
        return false;
    }

    private static boolean nonZero(long[] mask) {
        for (long w : mask) {
            if (w != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean srlgBlocked(int l) {
        for (int i = 0, n = snapshot.srlgCount(l); i < n; i++) {
            int g = snapshot.srlg(l, i);
            if (excludedSrlgs.contains(g) || (!baseOnly && bannedSrlgs.contains(g))) {
                return true;
            }
        }
        return false;
    }

    /** True when a node itself is excluded by request or ban. */
    public boolean nodeBlocked(int n) {
        return anyNodeMarks && (excludedNodes.contains(n) || bannedNodes.contains(n));
    }
}
