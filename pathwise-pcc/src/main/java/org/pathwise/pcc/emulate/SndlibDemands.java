package org.pathwise.pcc.emulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwise.ted.Node;
import org.pathwise.ted.TeSnapshot;

/**
 * Reads the DEMANDS section of an SNDlib 1.0 native file ({@code id ( source target )
 * routing_unit demand_value max_path_length}, one per line) and maps each end to the router ID of
 * the node with that id in the loaded topology. The demand value is taken in the same unit as the
 * topology's SNDlib capacities (Mbit/s) and requested as bandwidth.
 */
public final class SndlibDemands {
    private static final Pattern DEMAND = Pattern.compile(
            "(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)\\s+(\\S+)\\s+(\\S+)(?:\\s+(\\S+))?");
    /** One SNDlib unit, as the topology importer reads capacities: Mbit/s, in bytes/s. */
    public static final double UNIT_BYTES_PER_SECOND = 1e6 / 8;

    private SndlibDemands() {
    }

    /** The demands of {@code file}; throws IllegalArgumentException naming file:line and the fix. */
    public static List<Demand> read(Path file, TeSnapshot topology) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read demands: " + e.getMessage(), e);
        }
        return parse(text, file.toString(), topology);
    }

    public static List<Demand> parse(String text, String fileName, TeSnapshot topology) {
        String[] lines = text.split("\r?\n", -1);
        List<Demand> demands = new ArrayList<>();
        boolean inDemands = false;
        boolean sawSection = false;
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).trim();
            if (!inDemands) {
                if (line.matches("DEMANDS\\s*\\(")) {
                    inDemands = true;
                    sawSection = true;
                }
                continue;
            }
            if (line.equals(")")) {
                inDemands = false;
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = DEMAND.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": expected 'id ( source target ) "
                        + "routing_unit demand_value max_path_length', got '" + line + "'");
            }
            double value;
            try {
                value = Double.parseDouble(m.group(5));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": demand value '" + m.group(5)
                        + "' is not a number");
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": demand value must be >= 0, got "
                        + m.group(5));
            }
            Node from = node(topology, m.group(2), fileName, i + 1);
            Node to = node(topology, m.group(3), fileName, i + 1);
            demands.add(new Demand(from.id(), to.id(), DemandSource.ipv4(from.routerId()),
                    DemandSource.ipv4(to.routerId()), value * UNIT_BYTES_PER_SECOND));
        }
        if (!sawSection) {
            throw new IllegalArgumentException(fileName + ": no DEMANDS section; is this an SNDlib native-format file?"
                    + " (or use --demands random)");
        }
        if (demands.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": the DEMANDS section is empty; use --demands random");
        }
        return demands;
    }

    private static Node node(TeSnapshot topology, String id, String fileName, int line) {
        int n = topology.nodeIndex(id);
        if (n < 0) {
            throw new IllegalArgumentException(fileName + ":" + line + ": demand end '" + id
                    + "' is not a node of the loaded topology; load the topology this demand file belongs to");
        }
        Node node = topology.node(n);
        if (node.routerId() == null) {
            throw new IllegalArgumentException(fileName + ":" + line + ": node '" + id + "' has no IPv4 router ID to "
                    + "put in END-POINTS; give the topology router IDs (pathwise topology convert --add-addressing)");
        }
        return node;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
