package org.pathwise.server.svec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Svec;
import org.pathwise.server.translate.ParsedRequest;

/**
 * Splits the accepted requests of one PCReq into computation units (RFC 5440 §7.13, RFC 6007):
 * each request not named by any SVEC is a unit of its own; requests named by SVECs that share a
 * request (RFC 6007 §2: a request may be in several SVECs) form one {@link RequestSet}. An SVEC
 * naming a request that is not in the message (or was rejected) makes its whole set unservable:
 * those requests are returned in {@link Split#missing()} to be answered PCErr 7/0.
 */
public final class SvecGroups {
    private SvecGroups() {}

    /** A set of synchronized requests and the SVECs that bind them, in request order. */
    public record RequestSet(List<ParsedRequest> members, List<Svec> svecs) {
        public RequestSet {
            members = List.copyOf(members);
            svecs = List.copyOf(svecs);
        }

        public boolean synchronizedSet() {
            return !svecs.isEmpty();
        }
    }

    /**
     * @param units the computation units in the order of their first request
     * @param missing RPs of present requests whose SVEC names an absent one (PCErr 7/0)
     */
    public record Split(List<RequestSet> units, List<Rp> missing) {}

    public static Split split(List<ParsedRequest> accepted, List<Svec> svecs) {
        if (svecs.isEmpty()) { // the common case: every request is a unit of its own
            List<RequestSet> units = new ArrayList<>(accepted.size());
            for (ParsedRequest p : accepted) {
                units.add(new RequestSet(List.of(p), List.of()));
            }
            return new Split(units, List.of());
        }
        Map<Long, ParsedRequest> byId = new LinkedHashMap<>();
        for (ParsedRequest p : accepted) {
            byId.put(p.requestId(), p);
        }
        // Union-find over request ids, SVEC by SVEC.
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, List<Svec>> svecsOfRoot = new HashMap<>();
        java.util.Set<Long> broken = new java.util.HashSet<>();
        for (Svec svec : svecs) {
            List<Long> ids = svec.requestIds();
            if (ids.isEmpty()) {
                continue;
            }
            boolean complete = true;
            for (long id : ids) {
                parent.putIfAbsent(id, id);
                if (!byId.containsKey(id)) {
                    complete = false;
                }
            }
            long root = find(parent, ids.get(0));
            for (long id : ids) {
                long r = find(parent, id);
                if (r != root) {
                    parent.put(r, root);
                }
            }
            if (!complete) {
                broken.add(ids.get(0));
            }
        }
        for (Svec svec : svecs) {
            if (!svec.requestIds().isEmpty()) {
                svecsOfRoot.computeIfAbsent(find(parent, svec.requestIds().get(0)), k -> new ArrayList<>()).add(svec);
            }
        }
        java.util.Set<Long> brokenRoots = new java.util.HashSet<>();
        for (long id : broken) {
            brokenRoots.add(find(parent, id));
        }
        Map<Long, List<ParsedRequest>> members = new LinkedHashMap<>();
        List<RequestSet> units = new ArrayList<>();
        List<Rp> missing = new ArrayList<>();
        Map<Long, Integer> unitIndexOfRoot = new HashMap<>();
        for (ParsedRequest p : accepted) {
            Long id = p.requestId();
            if (!parent.containsKey(id)) {
                units.add(new RequestSet(List.of(p), List.of()));
                continue;
            }
            long root = find(parent, id);
            if (brokenRoots.contains(root)) {
                missing.add(p.rp());
                continue;
            }
            Integer at = unitIndexOfRoot.get(root);
            if (at == null) {
                unitIndexOfRoot.put(root, units.size());
                units.add(null);
            }
            members.computeIfAbsent(root, k -> new ArrayList<>()).add(p);
        }
        for (var e : unitIndexOfRoot.entrySet()) {
            units.set(e.getValue(), new RequestSet(members.get(e.getKey()), svecsOfRoot.get(e.getKey())));
        }
        return new Split(units, missing);
    }

    private static long find(Map<Long, Long> parent, long id) {
        long r = id;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }
}
