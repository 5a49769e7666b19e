package org.pathwise.ted.io.json;

import java.util.List;

/**
 * The keys of Pathwise's own topology format (docs/topology.md, docs/topology.schema.json), in
 * the order the writer emits them. The reader rejects any other key, so a typo is an error, not a
 * silently ignored attribute.
 */
public final class PathwiseFormat {

    /** Value of the optional top-level {@code format} key. */
    public static final String FORMAT = "pathwise-topology/1";

    public static final List<String> TOP_KEYS =
            List.of("format", "name", "description", "attribution", "defaults", "nodes", "links");
    public static final List<String> NODE_KEYS =
            List.of("id", "name", "routerId", "ipv6RouterId", "addresses", "latitude", "longitude", "sr");
    public static final List<String> SR_KEYS =
            List.of("srgbBase", "srgbRange", "nodeSidIndex", "srv6Locator");
    /** TE attributes that may appear on a link, in its forward/reverse blocks, or in defaults. */
    public static final List<String> ATTRIBUTE_KEYS = List.of("igpMetric", "teMetric", "delay", "bandwidth",
            "reservableBandwidth", "unreservedBandwidth", "adminGroups", "extendedAdminGroups", "srlgs", "wavelengths");
    public static final List<String> LINK_KEYS = concat(List.of("id", "from", "to", "bidirectional",
            "fromAddress", "toAddress", "fromInterfaceId", "toInterfaceId", "adjacencySid"), ATTRIBUTE_KEYS, List.of("forward", "reverse"));
    public static final List<String> DIRECTION_KEYS = concat(List.of("id", "localAddress", "remoteAddress",
            "localInterfaceId", "remoteInterfaceId", "adjacencySid"), ATTRIBUTE_KEYS);
    public static final List<String> WAVELENGTH_KEYS = List.of("channels", "available");

    private PathwiseFormat() {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return concat(concat(a, b), c);
    }
}
