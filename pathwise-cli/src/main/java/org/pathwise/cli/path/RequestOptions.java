package org.pathwise.cli.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathwise.compute.Affinity;
import org.pathwise.compute.Diversity;
import org.pathwise.compute.Exclusion;
import org.pathwise.compute.MetricKind;
import org.pathwise.compute.Objective;
import org.pathwise.compute.ObjectiveFunction;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.RouteHop;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.Bandwidth;

/**
 * Turns the {@code pathwise path} flags into a {@link PathRequest}, resolving names against the
 * topology so a typo is reported as "--exclude 'N9': no node, link or SRLG by that name", not as
 * a silent no-op.
 */
final class RequestOptions {
    private RequestOptions() {
    }

    /** A user-facing flag error: the message names the flag, the value and the fix. */
    static final class BadFlag extends Exception {
        private static final long serialVersionUID = 1L;

        BadFlag(String message) {
            super(message);
        }
    }

    static PathRequest build(PathCommand c, TeSnapshot s) throws BadFlag {
        String from = resolveNode(s, "--from", c.from);
        String to = resolveNode(s, "--to", c.to);
        PathRequest.Builder b = PathRequest.between(from, to);
        if (c.bandwidth != null) {
            b.bandwidth(parseBandwidth(c.bandwidth));
        }
        if (c.priority < 0 || c.priority > 7) {
            throw new BadFlag("--priority must be 0..7 (0 is the best), got " + c.priority);
        }
        b.priorities(c.priority, c.priority);
        b.minimise(metric("--metric", c.metric));
        if (c.objective != null) {
            b.objective(objective(c.objective));
        }
        if (c.of != null) {
            b.objectiveFunction(objectiveFunction(c.of));
        }
        for (String bound : c.bounds) {
            int at = bound.indexOf("<=");
            if (at <= 0) {
                throw new BadFlag("--bound '" + bound + "': write METRIC<=VALUE, e.g. te<=100 or delay<=20000");
            }
            long max = parseLong("--bound", bound.substring(at + 2).trim());
            b.bound(metric("--bound", bound.substring(0, at).trim()), max);
        }
        if (c.maxHops != null) {
            if (c.maxHops < 1) {
                throw new BadFlag("--max-hops must be >= 1, got " + c.maxHops);
            }
            b.maxHops(c.maxHops);
        }
        b.affinity(new Affinity(mask("--exclude-any", c.excludeAny), mask("--include-any", c.includeAny),
                mask("--include-all", c.includeAll), bits("--ext-exclude-any", c.extExcludeAny),
                bits("--ext-include-any", c.extIncludeAny), bits("--ext-include-all", c.extIncludeAll)));
        for (String hop : c.include) {
            b.include(routeHop(s, hop));
        }
        for (String x : c.exclude) {
            b.exclude(exclusion(s, "--exclude", x));
        }
        for (String x : c.preferExclude) {
            b.exclude(exclusion(s, "--prefer-exclude", x).preferred());
        }
        if (c.disjoint != null) {
            if (c.k != 1) {
                throw new BadFlag("--disjoint and --k cannot be combined: ask for a pair or for k paths");
            }
            b.disjoint(enumValue("--disjoint", Diversity.Disjointness.class, c.disjoint),
                    "primary".equalsIgnoreCase(c.pairObjective) ? Diversity.PairObjective.MIN_PRIMARY
                            : "total".equalsIgnoreCase(c.pairObjective) ? Diversity.PairObjective.MIN_TOTAL
                            : failPairObjective(c.pairObjective));
        }
        if (c.k < 1 || c.k > 1000) {
            throw new BadFlag("--k must be 1..1000, got " + c.k);
        }
        b.paths(c.k);
        return b.build();
    }

    private static Diversity.PairObjective failPairObjective(String v) throws BadFlag {
        throw new BadFlag("--pair-objective '" + v + "': use total (minimise the sum) or primary (minimise the primary)");
    }

    static String resolveNode(TeSnapshot s, String flag, String name) throws BadFlag {
        if (s.nodeIndex(name) >= 0) {
            return name;
        }
        // Only address literals: getByName on anything else would start a DNS lookup.
        if (name.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || (name.contains(":") && name.matches("[0-9a-fA-F:.]+"))) {
            try {
                int n = s.nodeIndexByAddress(java.net.InetAddress.getByName(name));
                if (n >= 0) {
                    return s.node(n).id();
                }
            } catch (java.net.UnknownHostException notAnAddress) {
                // fall through to the error below
            }
        }
        throw new BadFlag(flag + " '" + name + "': no node with that id or address in the topology");
    }

    static double parseBandwidth(String text) throws BadFlag {
        try {
            return Bandwidth.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadFlag("--bandwidth: " + e.getMessage());
        }
    }

    static MetricKind metric(String flag, String name) throws BadFlag {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "igp" -> MetricKind.IGP;
            case "te" -> MetricKind.TE;
            case "hop", "hops" -> MetricKind.HOPS;
            case "delay" -> MetricKind.DELAY;
            default -> throw new BadFlag(flag + " '" + name + "': use igp, te, hop or delay");
        };
    }

    private static Objective objective(String name) throws BadFlag {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "min", "min-metric" -> Objective.MIN_METRIC;
            case "widest-shortest" -> Objective.WIDEST_SHORTEST;
            case "shortest-widest" -> Objective.SHORTEST_WIDEST;
            case "min-load" -> Objective.MIN_MAX_LOAD;
            default -> throw new BadFlag("--objective '" + name
                    + "': use min-metric, widest-shortest, shortest-widest or min-load");
        };
    }

    private static ObjectiveFunction objectiveFunction(String text) throws BadFlag {
        ObjectiveFunction f = null;
        try {
            f = ObjectiveFunction.fromCode(Integer.parseInt(text.trim()));
        } catch (NumberFormatException byName) {
            for (ObjectiveFunction o : ObjectiveFunction.values()) {
                if (o.name().equalsIgnoreCase(text.trim())) {
                    f = o;
                }
            }
        }
        if (f == null) {
            throw new BadFlag("--of '" + text + "': use an RFC 5541 code 1..8 or its name (MCP, MLP, MBP, MBC, MLL, MCC, SPT, MCT)");
        }
        return f;
    }

    private static RouteHop routeHop(TeSnapshot s, String spec) throws BadFlag {
        String rest = spec;
        boolean strict = false;
        if (rest.startsWith("strict:")) {
            strict = true;
            rest = rest.substring(7);
        }
        if (rest.startsWith("link:")) {
            String id = rest.substring(5);
            if (s.linkIndex(id) < 0) {
                throw new BadFlag("--include '" + spec + "': no link '" + id + "' in the topology");
            }
            return new RouteHop(RouteHop.Kind.LINK, id, !strict);
        }
        if (rest.startsWith("node:")) {
            rest = rest.substring(5);
        }
        return new RouteHop(RouteHop.Kind.NODE, resolveNode(s, "--include", rest), !strict);
    }

    private static Exclusion exclusion(TeSnapshot s, String flag, String spec) throws BadFlag {
        if (spec.startsWith("node:")) {
            return Exclusion.node(resolveNode(s, flag, spec.substring(5)));
        }
        if (spec.startsWith("link:")) {
            String id = spec.substring(5);
            if (s.linkIndex(id) < 0) {
                throw new BadFlag(flag + " '" + spec + "': no link '" + id + "' in the topology");
            }
            return Exclusion.link(id);
        }
        if (spec.startsWith("srlg:")) {
            return Exclusion.srlg((int) parseLong(flag, spec.substring(5)));
        }
        if (s.nodeIndex(spec) >= 0) {
            return Exclusion.node(spec);
        }
        if (s.linkIndex(spec) >= 0) {
            return Exclusion.link(spec);
        }
        if (spec.chars().allMatch(Character::isDigit) && !spec.isEmpty()) {
            return Exclusion.srlg((int) Long.parseLong(spec));
        }
        throw new BadFlag(flag + " '" + spec + "': no node, link or SRLG by that name "
                + "(prefix node:, link: or srlg: to be explicit)");
    }

    private static int mask(String flag, String text) throws BadFlag {
        if (text == null) {
            return 0;
        }
        long v = parseLong(flag, text);
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new BadFlag(flag + " '" + text + "': an admin-group mask is 32 bits (e.g. 0x5)");
        }
        return (int) v;
    }

    /** "70,71" → an extended admin group bit vector with bits 70 and 71 set. */
    private static long[] bits(String flag, List<String> list) throws BadFlag {
        List<Integer> bits = new ArrayList<>();
        for (String item : list) {
            for (String part : item.split(",")) {
                long bit = parseLong(flag, part.trim());
                if (bit < 0 || bit >= 4096) {
                    throw new BadFlag(flag + " '" + part + "': extended admin group bits are 0..4095");
                }
                bits.add((int) bit);
            }
        }
        int words = bits.stream().mapToInt(i -> i / 64 + 1).max().orElse(0);
        long[] vector = new long[words];
        for (int bit : bits) {
            vector[bit / 64] |= 1L << (bit % 64);
        }
        return vector;
    }

    private static long parseLong(String flag, String text) throws BadFlag {
        try {
            String t = text.trim().toLowerCase(Locale.ROOT);
            return t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new BadFlag(flag + " '" + text + "' is not a number");
        }
    }

    private static <E extends Enum<E>> E enumValue(String flag, Class<E> type, String text) throws BadFlag {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw new BadFlag(flag + " '" + text + "': use one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
}
