package org.pathwise.ted.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pathwise.ted.Link;
import org.pathwise.ted.Node;
import org.pathwise.ted.SrNodeInfo;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.AddressText;
import org.pathwise.ted.io.Bandwidth;
import org.pathwise.ted.io.TopologyDocument;

/**
 * Writes a snapshot in Pathwise's own format. Paired links are written once; attributes equal in
 * both directions sit on the link, the rest in {@code forward}/{@code reverse} blocks. Values that
 * equal their defaults are left out. Reading the output gives back the same nodes, links and pairs.
 */
public final class PathwiseWriter {

    public enum Syntax { JSON, YAML }

    private PathwiseWriter() {
    }

    public static void write(TopologyDocument doc, Writer out, Syntax syntax) throws IOException {
        ObjectMapper mapper = switch (syntax) {
            case JSON -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            case YAML -> new ObjectMapper(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build());
        };
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.writeValue(out, document(doc));
        out.write('\n');
        out.flush();
    }

    static Map<String, Object> document(TopologyDocument doc) {
        TeSnapshot s = doc.snapshot();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", PathwiseFormat.FORMAT);
        putIfPresent(root, "name", doc.name());
        putIfPresent(root, "description", doc.description());
        putIfPresent(root, "attribution", doc.attribution());
        List<Object> nodes = new ArrayList<>(s.nodeCount());
        for (int n = 0; n < s.nodeCount(); n++) {
            nodes.add(node(s.node(n)));
        }
        root.put("nodes", nodes);
        List<Object> links = new ArrayList<>();
        boolean[] written = new boolean[s.linkCount()];
        for (int l = 0; l < s.linkCount(); l++) {
            if (written[l]) {
                continue;
            }
            written[l] = true;
            int r = s.reverse(l);
            if (r >= 0) {
                written[r] = true;
                links.add(pair(s.link(l), s.link(r)));
            } else {
                links.add(oneWay(s.link(l)));
            }
        }
        root.put("links", links);
        return root;
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        if (!n.name().equals(n.id())) {
            m.put("name", n.name());
        }
        if (n.routerId() != null) {
            m.put("routerId", AddressText.of(n.routerId()));
        }
        if (n.ipv6RouterId() != null) {
            m.put("ipv6RouterId", AddressText.of(n.ipv6RouterId()));
        }
        if (!n.addresses().isEmpty()) {
            m.put("addresses", n.addresses().stream().map(AddressText::of).toList());
        }
        if (!Double.isNaN(n.latitude())) {
            m.put("latitude", n.latitude());
        }
        if (!Double.isNaN(n.longitude())) {
            m.put("longitude", n.longitude());
        }
        SrNodeInfo sr = n.sr();
        if (sr != null) {
            Map<String, Object> srm = new LinkedHashMap<>();
            if (sr.srgbRange() > 0) {
                srm.put("srgbBase", sr.srgbBase());
                srm.put("srgbRange", sr.srgbRange());
            }
            if (sr.nodeSidIndex() >= 0) {
                srm.put("nodeSidIndex", sr.nodeSidIndex());
            }
            if (sr.srv6Locator() != null) {
                srm.put("srv6Locator", AddressText.of(sr.srv6Locator()) + "/" + sr.srv6LocatorLength());
            }
            m.put("sr", srm);
        }
        return m;
    }

    private static Map<String, Object> oneWay(Link l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("from", l.from());
        m.put("to", l.to());
        m.put("bidirectional", false);
        putIfPresent(m, "fromAddress", address(l.localAddress()));
        putIfPresent(m, "toAddress", address(l.remoteAddress()));
        putIfNonZero(m, "fromInterfaceId", l.localInterfaceId());
        putIfNonZero(m, "toInterfaceId", l.remoteInterfaceId());
        if (l.adjacencySidLabel() >= 0) {
            m.put("adjacencySid", l.adjacencySidLabel());
        }
        m.putAll(attributes(l));
        return m;
    }

    private static Map<String, Object> pair(Link f, Link r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> fwd = new LinkedHashMap<>();
        Map<String, Object> rev = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("from", f.from());
        m.put("to", f.to());
        if (!r.id().equals(f.id() + "/r")) {
            rev.put("id", r.id());
        }
        if (Objects.equals(f.localAddress(), r.remoteAddress()) && Objects.equals(f.remoteAddress(), r.localAddress())) {
            putIfPresent(m, "fromAddress", address(f.localAddress()));
            putIfPresent(m, "toAddress", address(f.remoteAddress()));
        } else {
            putIfPresent(fwd, "localAddress", address(f.localAddress()));
            putIfPresent(fwd, "remoteAddress", address(f.remoteAddress()));
            putIfPresent(rev, "localAddress", address(r.localAddress()));
            putIfPresent(rev, "remoteAddress", address(r.remoteAddress()));
        }
        if (f.localInterfaceId() == r.remoteInterfaceId() && f.remoteInterfaceId() == r.localInterfaceId()) {
            putIfNonZero(m, "fromInterfaceId", f.localInterfaceId());
            putIfNonZero(m, "toInterfaceId", f.remoteInterfaceId());
        } else {
            putIfNonZero(fwd, "localInterfaceId", f.localInterfaceId());
            putIfNonZero(fwd, "remoteInterfaceId", f.remoteInterfaceId());
            putIfNonZero(rev, "localInterfaceId", r.localInterfaceId());
            putIfNonZero(rev, "remoteInterfaceId", r.remoteInterfaceId());
        }
        if (f.adjacencySidLabel() >= 0) {
            fwd.put("adjacencySid", f.adjacencySidLabel());
        }
        if (r.adjacencySidLabel() >= 0) {
            rev.put("adjacencySid", r.adjacencySidLabel());
        }
        Map<String, Object> fa = attributes(f);
        Map<String, Object> ra = attributes(r);
        for (String key : PathwiseFormat.ATTRIBUTE_KEYS) {
            Object fv = fa.get(key);
            Object rv = ra.get(key);
            if (fv != null && fv.equals(rv)) {
                m.put(key, fv);
            } else {
                putIfPresent(fwd, key, fv);
                putIfPresent(rev, key, rv);
            }
        }
        if (!fwd.isEmpty()) {
            m.put("forward", fwd);
        }
        if (!rev.isEmpty()) {
            m.put("reverse", rev);
        }
        return m;
    }

    /** The TE attributes of one direction, defaults left out (delay is always written). */
    private static Map<String, Object> attributes(Link l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("igpMetric", l.igpMetric());
        if (l.teMetric() != l.igpMetric()) {
            m.put("teMetric", l.teMetric());
        }
        m.put("delay", l.delayMicros());
        m.put("bandwidth", Bandwidth.format(l.maxBandwidth()));
        if (l.maxReservableBandwidth() != l.maxBandwidth()) {
            m.put("reservableBandwidth", Bandwidth.format(l.maxReservableBandwidth()));
        }
        double[] unreserved = l.unreservedBandwidth();
        boolean allReservable = true;
        boolean allEqual = true;
        for (double u : unreserved) {
            allReservable &= u == l.maxReservableBandwidth();
            allEqual &= u == unreserved[0];
        }
        if (!allReservable) {
            if (allEqual) {
                m.put("unreservedBandwidth", Bandwidth.format(unreserved[0]));
            } else {
                List<String> values = new ArrayList<>();
                for (double u : unreserved) {
                    values.add(Bandwidth.format(u));
                }
                m.put("unreservedBandwidth", values);
            }
        }
        if (l.adminGroup() != 0) {
            m.put("adminGroups", bitList(BitSet.valueOf(new long[] {l.adminGroup() & 0xFFFF_FFFFL})));
        }
        if (l.extendedAdminGroup().length > 0) {
            m.put("extendedAdminGroups", bitList(BitSet.valueOf(l.extendedAdminGroup())));
        }
        if (l.srlgs().length > 0) {
            List<Long> srlgs = new ArrayList<>();
            for (int srlg : l.srlgs()) {
                srlgs.add(Integer.toUnsignedLong(srlg));
            }
            m.put("srlgs", srlgs);
        }
        if (l.isOptical()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("channels", l.wavelengthCount());
            w.put("available", ranges(l.wavelengths(), l.wavelengthCount()));
            m.put("wavelengths", w);
        }
        return m;
    }

    private static List<Integer> bitList(BitSet bits) {
        return bits.stream().boxed().toList();
    }

    /** "all", "none" or "0-39,41". */
    static String ranges(BitSet set, int count) {
        if (set.cardinality() == count) {
            return "all";
        }
        if (set.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (int from = set.nextSetBit(0); from >= 0; from = set.nextSetBit(from)) {
            int to = set.nextClearBit(from) - 1;
            if (!s.isEmpty()) {
                s.append(',');
            }
            s.append(from);
            if (to > from) {
                s.append('-').append(to);
            }
            from = to + 1;
        }
        return s.toString();
    }

    private static String address(InetAddress a) {
        return a == null ? null : AddressText.of(a);
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void putIfNonZero(Map<String, Object> m, String key, long value) {
        if (value != 0) {
            m.put(key, value);
        }
    }
}
