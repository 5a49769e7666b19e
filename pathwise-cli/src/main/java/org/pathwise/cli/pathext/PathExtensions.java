package org.pathwise.cli.pathext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwise.compute.PathComputer;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.loadbalance.LoadBalanceRequest;
import org.pathwise.compute.loadbalance.LoadBalanceResult;
import org.pathwise.compute.loadbalance.LoadBalancer;
import org.pathwise.compute.optical.RwaRequest;
import org.pathwise.compute.optical.RwaResult;
import org.pathwise.compute.optical.WavelengthPolicy;
import org.pathwise.compute.optical.WavelengthRouter;
import org.pathwise.compute.p2mp.P2mpRequest;
import org.pathwise.compute.p2mp.P2mpResult;
import org.pathwise.compute.p2mp.P2mpTreeComputer;
import org.pathwise.compute.p2mp.TreeObjective;
import org.pathwise.compute.sr.SrEncoding;
import org.pathwise.compute.sr.SrPathComputer;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.Bandwidth;

/**
 * The extension modes of {@code pathwise path}: SR SID list, load balancing, P2MP tree and RWA,
 * on the request the plain path flags built. Same exit codes as the plain path: 0 found, 2 no path
 * (reason printed), 1 bad flags.
 */
public final class PathExtensions {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PathExtensions() {
    }

    public static int run(ExtensionFlags flags, TeSnapshot s, PathRequest request, boolean json,
                          PrintWriter out, PrintWriter err) throws Exception {
        Map<String, Object> answer;
        try {
            if (flags.count() > 1) {
                throw new IllegalArgumentException("--sr, --load-balance, --leaves and --wavelength are separate "
                        + "computations: give one of them");
            }
            if (flags.sr()) {
                answer = sr(flags, s, request);
            } else if (flags.loadBalance() != null) {
                answer = loadBalance(flags, s, request);
            } else if (!flags.leaves().isEmpty()) {
                answer = tree(flags, s, request);
            } else {
                answer = rwa(flags, s, request);
            }
        } catch (IllegalArgumentException e) {
            err.println("pathwise path: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (json) {
            out.println(JSON.writeValueAsString(answer));
        } else {
            print(answer, out);
        }
        out.flush();
        return Boolean.TRUE.equals(answer.get("found")) ? 0 : 2;
    }

    private static Map<String, Object> sr(ExtensionFlags f, TeSnapshot s, PathRequest request) {
        if (f.msd() < 1 || f.srCandidates() < 1) {
            throw new IllegalArgumentException("--msd and --sr-candidates must be >= 1");
        }
        SrEncoding e = new SrPathComputer(new PathComputer()).compute(s, request, f.msd(), f.srCandidates());
        return switch (e) {
            case SrEncoding.Failed failed -> ExtensionJson.noPath(s, failed.noPath());
            case SrEncoding.Encoded enc -> {
                Map<String, Object> m = ExtensionJson.found(s);
                m.put("path", ExtensionJson.path(s, enc.path()));
                m.put("sids", ExtensionJson.sids(enc.sids()));
                yield m;
            }
        };
    }

    private static Map<String, Object> loadBalance(ExtensionFlags f, TeSnapshot s, PathRequest request) {
        if (f.loadBalance() < 1) {
            throw new IllegalArgumentException("--load-balance N needs N >= 1 (at most N paths)");
        }
        if (!(request.bandwidth() > 0)) {
            throw new IllegalArgumentException("--load-balance splits --bandwidth: give it, e.g. --bandwidth 40G");
        }
        double min = f.minBandwidth() == null ? 0 : Bandwidth.parse(f.minBandwidth());
        LoadBalanceResult r = new LoadBalancer().compute(s, new LoadBalanceRequest(request, f.loadBalance(), min));
        return switch (r) {
            case LoadBalanceResult.Failed failed -> ExtensionJson.noPath(s, failed.noPath());
            case LoadBalanceResult.Split split -> {
                List<Map<String, Object>> shares = new ArrayList<>();
                for (LoadBalanceResult.Share share : split.shares()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("bitsPerSecond", share.bandwidth() * 8);
                    m.put("bandwidth", Bandwidth.format(share.bandwidth()));
                    m.put("path", ExtensionJson.path(s, share.path()));
                    shares.add(m);
                }
                Map<String, Object> m = ExtensionJson.found(s);
                m.put("shares", shares);
                yield m;
            }
        };
    }

    private static Map<String, Object> tree(ExtensionFlags f, TeSnapshot s, PathRequest request) {
        String of = f.objectiveFunction() == null ? "MCT" : f.objectiveFunction().trim().toUpperCase(Locale.ROOT);
        TreeObjective objective = switch (of) {
            case "7", "SPT" -> TreeObjective.SHORTEST_PATH_TREE;
            case "8", "MCT" -> TreeObjective.MIN_COST_TREE;
            default -> throw new IllegalArgumentException("with --leaves, --of must be SPT (7) or MCT (8), not '"
                    + f.objectiveFunction() + "'");
        };
        List<String> leaves = new ArrayList<>();
        leaves.add(request.destination());
        for (String leaf : f.leaves()) {
            if (!leaves.contains(leaf)) {
                leaves.add(leaf);
            }
        }
        P2mpResult r = new P2mpTreeComputer().compute(s, new P2mpRequest(request, leaves, objective));
        return switch (r) {
            case P2mpResult.Failed failed -> ExtensionJson.noPath(s, failed.noPath());
            case P2mpResult.Tree t -> {
                Map<String, Object> m = ExtensionJson.found(s);
                m.put("cost", t.cost());
                List<String> links = new ArrayList<>();
                for (int l : t.links()) {
                    links.add(s.link(l).id());
                }
                m.put("links", links);
                List<Map<String, Object>> branches = new ArrayList<>();
                for (P2mpResult.Branch b : t.branches()) {
                    Map<String, Object> branch = new LinkedHashMap<>();
                    branch.put("leaf", b.leaf());
                    branch.put("path", ExtensionJson.path(s, b.path()));
                    branches.add(branch);
                }
                m.put("branches", branches);
                Map<String, Object> unreachable = new LinkedHashMap<>();
                t.unreachable().forEach((leaf, why) -> unreachable.put(leaf, ExtensionJson.reason(why)));
                m.put("unreachable", unreachable);
                yield m;
            }
        };
    }

    private static Map<String, Object> rwa(ExtensionFlags f, TeSnapshot s, PathRequest request) {
        String[] parts = f.wavelength().trim().toLowerCase(Locale.ROOT).split(":", 2);
        WavelengthPolicy policy = switch (parts[0]) {
            case "first-fit" -> WavelengthPolicy.FIRST_FIT;
            case "random" -> WavelengthPolicy.RANDOM;
            case "most-used" -> WavelengthPolicy.MOST_USED;
            default -> throw new IllegalArgumentException("--wavelength must be first-fit, random[:SEED] or most-used, not '"
                    + f.wavelength() + "'");
        };
        long seed = parts.length == 2 ? Long.parseLong(parts[1]) : 0;
        RwaResult r = new WavelengthRouter().compute(s, new RwaRequest(request, policy, seed));
        return switch (r) {
            case RwaResult.Failed failed -> ExtensionJson.noPath(s, failed.noPath());
            case RwaResult.Assigned a -> {
                Map<String, Object> m = ExtensionJson.found(s);
                m.put("channel", a.channel());
                m.put("path", ExtensionJson.path(s, a.path()));
                yield m;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> a, PrintWriter out) {
        if (!Boolean.TRUE.equals(a.get("found"))) {
            out.println("no path: " + a.get("reason") + " - " + a.get("detail"));
            return;
        }
        if (a.containsKey("sids")) {
            printPath("path", (Map<String, Object>) a.get("path"), out);
            List<String> sids = new ArrayList<>();
            for (Map<String, Object> sid : (List<Map<String, Object>>) a.get("sids")) {
                sids.add(sid.get("label") + " (" + sid.get("type") + " " + sid.getOrDefault("node", sid.get("link")) + ")");
            }
            out.println("sids      " + String.join(", ", sids));
        } else if (a.containsKey("shares")) {
            int i = 1;
            for (Map<String, Object> share : (List<Map<String, Object>>) a.get("shares")) {
                printPath("share " + i++, (Map<String, Object>) share.get("path"), out);
                out.println("          reserves " + share.get("bandwidth"));
            }
        } else if (a.containsKey("branches")) {
            out.println("tree      cost " + a.get("cost") + ", links " + String.join(", ", (List<String>) a.get("links")));
            for (Map<String, Object> b : (List<Map<String, Object>>) a.get("branches")) {
                printPath("leaf " + b.get("leaf"), (Map<String, Object>) b.get("path"), out);
            }
            ((Map<String, Map<String, Object>>) a.get("unreachable")).forEach((leaf, why) ->
                    out.println("unreached " + leaf + ": " + why.get("reason") + " - " + why.get("detail")));
        } else {
            printPath("path", (Map<String, Object>) a.get("path"), out);
            out.println("channel   " + a.get("channel"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void printPath(String label, Map<String, Object> p, PrintWriter out) {
        out.printf(Locale.ROOT, "%-9s %s%n", label, String.join(" > ", (List<String>) p.get("nodes")));
        out.printf(Locale.ROOT, "          igp %s  te %s  hops %s  delay %s µs%n", p.get("igp"), p.get("te"), p.get("hops"),
                p.get("delayMicros"));
    }
}
