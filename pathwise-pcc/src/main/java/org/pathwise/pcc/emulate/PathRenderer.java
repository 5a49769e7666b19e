package org.pathwise.pcc.emulate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.subobject.Nai;
import org.pathwise.pcep.subobject.SrSubobject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.subobject.UnnumberedInterfaceSubobject;
import org.pathwise.pcep.tlv.NoPathVectorTlv;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.ted.Link;
import org.pathwise.ted.TeSnapshot;

/**
 * Writes a PCRep response the way a network engineer reads a path: node names in order, the hop
 * count and the metrics the PCE returned; for SR-MPLS the label stack with the node each label
 * reaches. ERO hops are named through the topology: router IDs, node addresses and the interface
 * addresses of links (an RSVP ERO names each hop by the remote interface, RFC 3209 §4.3.3).
 */
public final class PathRenderer {
    private final TeSnapshot topology;
    private final Map<InetAddress, String> owners = new HashMap<>();

    /** {@code topology} may be null: hops are then shown as addresses. */
    public PathRenderer(TeSnapshot topology) {
        this.topology = topology;
        if (topology != null) {
            for (int l = 0; l < topology.linkCount(); l++) {
                Link link = topology.link(l);
                if (link.localAddress() != null) {
                    owners.putIfAbsent(link.localAddress(), topology.node(topology.src(l)).name());
                }
                if (link.remoteAddress() != null) {
                    owners.putIfAbsent(link.remoteAddress(), topology.node(topology.dst(l)).name());
                }
            }
        }
    }

    /** One line per path of {@code response} (a NO-PATH gives one line saying why). */
    public List<String> render(Response response, String headName) {
        NoPath noPath = response.noPath().orElse(null);
        if (noPath != null) {
            NoPathVectorTlv v = noPath.tlv(NoPathVectorTlv.class).orElse(null);
            String why = v == null ? "no path satisfies the constraints"
                    : v.pceUnavailable() ? "PCE currently unavailable (overloaded)"
                    : v.unknownSource() ? "unknown source" : v.unknownDestination() ? "unknown destination"
                    : "no path satisfies the constraints";
            return List.of("NO-PATH: " + why);
        }
        List<String> lines = new ArrayList<>();
        for (Response.Path p : response.paths()) {
            lines.add(render(p, headName));
        }
        return lines;
    }

    private String render(Response.Path path, String headName) {
        List<String> hops = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (headName != null) {
            hops.add(headName);
        }
        for (Subobject s : path.ero().subobjects()) {
            switch (s) {
                case Ipv4PrefixSubobject p -> hops.add(name(p.address()) + (p.loose() ? " (loose)" : ""));
                case UnnumberedInterfaceSubobject u -> hops.add(name(u.routerId())
                        + " if#" + u.interfaceId());
                case SrSubobject sr -> {
                    String reach = sr.nai() == null ? "?" : nai(sr.nai());
                    labels.add((sr.mplsLabel() ? Integer.toString(sr.label()) : "index " + sr.sid()) + " (" + reach + ")");
                    hops.add(reach);
                }
                default -> hops.add(s.getClass().getSimpleName());
            }
        }
        StringBuilder b = new StringBuilder(String.join(" → ", hops));
        List<String> facts = new ArrayList<>();
        if (labels.isEmpty()) {
            facts.add(path.ero().subobjects().size() + " hop" + (path.ero().subobjects().size() == 1 ? "" : "s"));
        } else {
            facts.add("SR label stack [" + String.join(", ", labels) + "]");
        }
        for (Metric m : path.all(Metric.class)) {
            facts.add(metric(m));
        }
        b.append("  (").append(String.join(", ", facts)).append(')');
        return b.toString();
    }

    private String nai(Nai nai) {
        return switch (nai) {
            case Nai.Ipv4Node n -> name(n.address());
            case Nai.Ipv4Adjacency a -> name(a.local()) + "→" + name(a.remote()) + " adj";
            default -> nai.type().toString();
        };
    }

    private static String metric(Metric m) {
        String value = m.value() == Math.rint(m.value()) ? String.format(Locale.ROOT, "%,d", (long) m.value())
                : String.format(Locale.ROOT, "%.1f", m.value());
        return switch (m.metricType()) {
            case Metric.IGP -> "IGP metric " + value;
            case Metric.TE -> "TE metric " + value;
            case Metric.HOP_COUNT -> "hop count " + value;
            case Metric.PATH_DELAY -> "delay " + value + " µs";
            case Metric.SID_DEPTH -> "SID depth " + value;
            default -> "metric type " + m.metricType() + " = " + value;
        };
    }

    /** The node owning {@code address}, or the address itself. */
    public String name(Ipv4Address address) {
        InetAddress a = inet(address);
        if (topology != null) {
            int n = topology.nodeIndexByAddress(a);
            if (n >= 0) {
                return topology.node(n).name();
            }
            String owner = owners.get(a);
            if (owner != null) {
                return owner;
            }
        }
        return address.toString();
    }

    private static InetAddress inet(Ipv4Address a) {
        int b = a.bits();
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (b >>> 24), (byte) (b >>> 16), (byte) (b >>> 8), (byte) b});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
