package org.pathwise.compute.loadbalance;

import java.util.Arrays;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.PathResult.NoPath;
import org.pathwise.compute.constraint.LinkFilter;
import org.pathwise.compute.constraint.Query;
import org.pathwise.compute.constraint.WidthMode;
import org.pathwise.compute.cspf.Cspf;
import org.pathwise.compute.widest.ShortestWidest;
import org.pathwise.compute.workspace.Marks;
import org.pathwise.compute.workspace.PathBuffer;
import org.pathwise.ted.TeSnapshot;

/**
 * One thread's state for splitting a demand: the core's query, CSPF and shortest-widest engines,
 * the bandwidth placed so far per link (debited from the residual through the filter's credits),
 * the paths of the attempt under way and of the best attempt. Reused; allocation-free once warm.
 */
final class SplitSearch {
    static final int FOUND = 0;
    static final int FAILED = 1;
    static final int LIMIT = 2;

    final Query query = new Query();
    final Cspf cspf;
    final ShortestWidest widest;
    final MaxFlow maxFlow = new MaxFlow();

    private TeSnapshot snapshot;
    private PathRequest request;
    private double[] placed = new double[0];
    private int[] touched = new int[0];
    private int touchedCount;
    private final Marks touchedMarks = new Marks();

    private PathBuffer[] slots = new PathBuffer[0];
    private double[] amounts = new double[0];
    private int count;
    private PathBuffer[] bestSlots = new PathBuffer[0];
    private double[] bestAmounts = new double[0];
    private int bestCount;
    private double bestCost;

    SplitSearch(int maxLabels) {
        cspf = new Cspf(maxLabels);
        widest = new ShortestWidest(cspf);
    }

    /** Starts a request; returns the NoPath that makes it pointless (unknown endpoint...), or null. */
    NoPath start(TeSnapshot s, PathRequest r, int maxPaths) {
        snapshot = s;
        request = r;
        if (placed.length < s.linkCount()) {
            placed = new double[s.linkCount()];
            touched = new int[s.linkCount()];
        }
        if (slots.length < maxPaths) {
            slots = grow(slots, maxPaths);
            bestSlots = grow(bestSlots, maxPaths);
            amounts = new double[maxPaths];
            bestAmounts = new double[maxPaths];
        }
        bestCount = 0;
        bestCost = Double.POSITIVE_INFINITY;
        resetAttempt();
        return query.prepare(s, r, Query.ALL);
    }

    private static PathBuffer[] grow(PathBuffer[] old, int size) {
        PathBuffer[] next = Arrays.copyOf(old, size);
        for (int i = old.length; i < size; i++) {
            next[i] = new PathBuffer();
        }
        return next;
    }

    void resetAttempt() {
        for (int i = 0; i < touchedCount; i++) {
            placed[touched[i]] = 0;
        }
        touchedCount = 0;
        touchedMarks.clear(snapshot.linkCount());
        count = 0;
    }

    /**
     * Compiles the request afresh with per-path bandwidth {@code bandwidth} and the placed
     * bandwidth debited from each link's residual. Re-preparing (not patching) keeps the core's
     * cached lower bounds consistent with the filter.
     */
    void load(double bandwidth) {
        query.prepare(snapshot, request, Query.ALL);
        LinkFilter filter = query.filter;
        filter.bandwidth(bandwidth, request.setupPriority());
        for (int i = 0; i < touchedCount; i++) {
            int l = touched[i];
            filter.credit(l, filter.credit(l) - placed[l]);
        }
    }

    /** Cheapest path carrying {@code bandwidth} on what is left. */
    int cheapest(double bandwidth, PathBuffer out) {
        load(bandwidth);
        return outcome(cspf.shortest(query, out));
    }

    /** Widest path among links with at least {@code floor} left, cheapest among the widest. */
    int widestAbove(double floor, PathBuffer out) {
        load(floor);
        return outcome(widest.compute(query, WidthMode.RESIDUAL_BANDWIDTH, out));
    }

    private static int outcome(int cspfResult) {
        return cspfResult == Cspf.FOUND ? FOUND : cspfResult == Cspf.LIMIT ? LIMIT : FAILED;
    }

    /** Smallest residual along {@code path} with the current debits (call right after a search). */
    double bottleneck(PathBuffer path) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < path.length(); i++) {
            min = Math.min(min, query.filter.residual(path.get(i)));
        }
        return min;
    }

    PathBuffer nextSlot() {
        return slots[count];
    }

    /** Commits the path in nextSlot() with {@code amount}, debiting its links. */
    void place(double amount) {
        PathBuffer path = slots[count];
        amounts[count++] = amount;
        for (int i = 0; i < path.length(); i++) {
            int l = path.get(i);
            if (!touchedMarks.contains(l)) {
                touchedMarks.add(l);
                touched[touchedCount++] = l;
            }
            placed[l] += amount;
        }
    }

    /** Keeps the current attempt if it is cheaper (bandwidth x metric) than the best so far. */
    void offerAttempt() {
        double cost = 0;
        for (int i = 0; i < count; i++) {
            PathBuffer p = slots[i];
            long metric = 0;
            for (int j = 0; j < p.length(); j++) {
                metric += query.cost(p.get(j));
            }
            cost += amounts[i] * metric;
        }
        if (cost < bestCost) {
            bestCost = cost;
            bestCount = count;
            for (int i = 0; i < count; i++) {
                bestSlots[i].clear();
                bestSlots[i].addAll(slots[i]);
                bestAmounts[i] = amounts[i];
            }
        }
    }

    boolean hasBest() {
        return bestCount > 0;
    }

    int bestCount() {
        return bestCount;
    }

    PathBuffer bestPath(int i) {
        return bestSlots[i];
    }

    double bestAmount(int i) {
        return bestAmounts[i];
    }
}
