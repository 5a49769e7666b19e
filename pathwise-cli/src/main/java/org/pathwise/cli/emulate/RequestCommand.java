package org.pathwise.cli.emulate;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pathwise.pcc.emulate.PathRenderer;
import org.pathwise.pcc.emulate.PccFleet;
import org.pathwise.pcc.emulate.SessionChannel;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.json.PcepJson;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.tlv.PathSetupTypeTlv;
import org.pathwise.pcep.tlv.Tlv;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.generate.SyntheticAddressing;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pathwise pcc request}: one PCC, one PCReq, the PCRep decoded as JSON (the codec's JSON
 * form) followed by the path as a network engineer reads it.
 */
@Command(name = "request", mixinStandardHelpOptions = true,
        description = "Open one PCEP session, ask one path, print the PCRep decoded (JSON) and the path.")
public final class RequestCommand implements Callable<Integer> {

    @Option(names = "--pce", required = true, converter = PceAddress.class, description = "The PCE, HOST[:PORT].")
    InetSocketAddress pce;

    @Option(names = "--from", required = true, description = "Head end: a node id of --topology, or an IPv4 address.")
    String from;

    @Option(names = "--to", required = true, description = "Tail end: a node id of --topology, or an IPv4 address.")
    String to;

    @Option(names = "--topology", description = "Topology file naming the nodes (default: the bundled GEANT network).")
    Path topology;

    @Option(names = "--bandwidth", description = "Bandwidth to reserve, bit/s with k/M/G suffixes (e.g. 100M).")
    String bandwidth;

    @Option(names = "--metric", defaultValue = "te", description = "Metric to minimise: te, igp or hops (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--max-hops", description = "Hop-count bound (METRIC type 3, B flag).")
    Integer maxHops;

    @Option(names = "--max-delay", description = "Path-delay bound in microseconds (METRIC type 12, B flag; RFC 8233).")
    Integer maxDelay;

    @Option(names = "--max-cost", description = "Bound on the minimised metric (B flag).")
    Float maxCost;

    @Option(names = "--exclude-any", description = "LSPA exclude-any affinity bits, e.g. 0x4.")
    String excludeAny;

    @Option(names = "--include-any", description = "LSPA include-any affinity bits.")
    String includeAny;

    @Option(names = "--include-all", description = "LSPA include-all affinity bits.")
    String includeAll;

    @Option(names = "--objective", description = "Objective function code (RFC 5541: 1 MCP, 2 MLP, 3 MBP, …).")
    Integer objective;

    @Option(names = "--sr", description = "Ask for an SR-MPLS path (PATH-SETUP-TYPE 1).")
    boolean sr;

    @Option(names = "--disjoint", description = "Ask for a pair: none, link, node or srlg (SVEC, RFC 5440 §7.13.2).",
            defaultValue = "none")
    String disjoint;

    @Option(names = "--timeout", defaultValue = "10s", converter = DurationConverter.class,
            description = "How long to wait for the reply (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        TeSnapshot t = SyntheticAddressing.whereMissing(topology != null ? TopologyFiles.load(topology)
                : TopologyFiles.bundled(TopologyFiles.BUNDLED_NAMES.get(0)));
        Ipv4Address head = endpoint(t, from, "--from");
        Ipv4Address tail = endpoint(t, to, "--to");
        PcReq req = build(head, tail);
        PcepJson json = new PcepJson(PcepCodec.standard());
        try (PccFleet fleet = PccFleet.connect(pce, 1, PccFleet.pccConfig(), 1, timeout, up -> { })) {
            SessionChannel pcc = fleet.channels().get(0);
            System.err.println("session Up with " + DemoCommand.hostPort(pce) + "; sending:");
            System.err.println(json.mapper().writeValueAsString(json.toJson(req)));
            long t0 = System.nanoTime();
            Message reply;
            try {
                reply = pcc.request(req).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                System.err.println("no reply within " + timeout.toMillis() + " ms");
                return 3;
            } catch (ExecutionException e) {
                System.err.println("request failed: " + e.getCause().getMessage());
                return 3;
            }
            long micros = (System.nanoTime() - t0) / 1000;
            System.out.println(json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json.toJson(reply)));
            System.err.printf(Locale.ROOT, "answered in %,d µs%n", micros);
            if (reply instanceof PcRep rep) {
                PathRenderer renderer = new PathRenderer(t);
                String headName = renderer.name(head);
                for (Response r : rep.responses()) {
                    for (String line : renderer.render(r, headName)) {
                        System.err.println("  " + line);
                    }
                }
                return rep.responses().stream().allMatch(r -> r.noPath().isEmpty()) ? 0 : 1;
            }
            return 1;
        }
    }

    private PcReq build(Ipv4Address head, Ipv4Address tail) {
        List<Tlv> rpTlvs = sr ? List.of(new PathSetupTypeTlv(PathSetupTypeTlv.SR_MPLS)) : List.of();
        int type = switch (metric.toLowerCase(Locale.ROOT)) {
            case "te" -> Metric.TE;
            case "igp" -> Metric.IGP;
            case "hops" -> Metric.HOP_COUNT;
            default -> throw new CommandLine.ParameterException(new CommandLine(this),
                    "--metric must be te, igp or hops, got '" + metric + "'");
        };
        List<PcepObject> rest = new ArrayList<>();
        rest.add(new EndpointsIpv4(ObjectFlags.P, head, tail));
        if (excludeAny != null || includeAny != null || includeAll != null) {
            rest.add(new Lspa(ObjectFlags.P, bits(excludeAny), bits(includeAny), bits(includeAll), 7, 7, false, List.of()));
        }
        if (bandwidth != null) {
            rest.add(Bandwidth.requested((float) (bitsPerSecond(bandwidth) / 8)));
        }
        rest.add(new Metric(ObjectFlags.NONE, true, false, type, 0f));
        if (maxCost != null) {
            rest.add(new Metric(ObjectFlags.P, false, true, type, maxCost));
        }
        if (maxHops != null) {
            rest.add(new Metric(ObjectFlags.P, false, true, Metric.HOP_COUNT, maxHops));
        }
        if (maxDelay != null) {
            rest.add(new Metric(ObjectFlags.P, false, true, Metric.PATH_DELAY, maxDelay));
        }
        if (objective != null) {
            rest.add(new ObjectiveFunction(ObjectFlags.P, objective, List.of()));
        }
        if (disjoint.equalsIgnoreCase("none")) {
            return PcReq.of(request(1, rpTlvs, rest));
        }
        boolean link = disjoint.equalsIgnoreCase("link");
        boolean node = disjoint.equalsIgnoreCase("node");
        boolean srlg = disjoint.equalsIgnoreCase("srlg");
        if (!link && !node && !srlg) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--disjoint must be none, link, node or srlg, got '" + disjoint + "'");
        }
        Svec svec = new Svec(ObjectFlags.P, link, node, srlg, false, false, List.of(1L, 2L));
        return new PcReq(List.of(svec), List.of(request(1, rpTlvs, rest), request(2, rpTlvs, rest)));
    }

    private static Request request(long id, List<Tlv> rpTlvs, List<PcepObject> rest) {
        List<PcepObject> objects = new ArrayList<>(rest.size() + 1);
        objects.add(Rp.of(id, 0, rpTlvs));
        objects.addAll(rest);
        return new Request(objects);
    }

    private Ipv4Address endpoint(TeSnapshot t, String text, String option) {
        int n = t.nodeIndex(text);
        if (n >= 0) {
            Node node = t.node(n);
            byte[] b = node.routerId().getAddress();
            return new Ipv4Address((b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff));
        }
        try {
            return Ipv4Address.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), option + " '" + text
                    + "' is neither a node of the topology nor an IPv4 address; nodes: "
                    + t.nodes().stream().limit(12).map(Node::id).toList() + (t.nodeCount() > 12 ? " …" : ""));
        }
    }

    private long bits(String hex) {
        if (hex == null) {
            return 0;
        }
        String h = hex.toLowerCase(Locale.ROOT).startsWith("0x") ? hex.substring(2) : hex;
        try {
            return Long.parseLong(h, 16) & 0xFFFF_FFFFL;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "affinity '" + hex + "' is not hexadecimal");
        }
    }

    /** "100M" → 1e8; k, M, G, T are powers of 1000. */
    private double bitsPerSecond(String text) {
        String t = text.trim();
        double unit = 1;
        char last = Character.toUpperCase(t.charAt(t.length() - 1));
        switch (last) {
            case 'K' -> unit = 1e3;
            case 'M' -> unit = 1e6;
            case 'G' -> unit = 1e9;
            case 'T' -> unit = 1e12;
            default -> { }
        }
        try {
            double v = Double.parseDouble(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
            if (!(v > 0)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--bandwidth '" + text + "' is not a positive bit rate such as 100M or 2.5G");
        }
    }
}
