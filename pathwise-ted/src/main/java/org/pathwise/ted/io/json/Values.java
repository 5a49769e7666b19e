package org.pathwise.ted.io.json;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.Bandwidth;
import org.pathwise.ted.io.Delay;

/** Typed reads of {@link Tree} values; every failure names the file, line, column and the expected form. */
final class Values {

    /** Distinct bandwidth texts remembered ("10G", "100G", ...): a file repeats a handful of them. */
    private static final int BANDWIDTH_CACHE_LIMIT = 256;

    private final String fileName;
    private final Map<String, Double> bandwidths = new HashMap<>();

    Values(String fileName) {
        this.fileName = fileName;
    }

    TopologyException error(Tree at, String problem) {
        return TopologyException.at(fileName, at.pos().line(), at.pos().column(), problem);
    }

    Tree.Obj object(Tree t, String what) {
        if (t instanceof Tree.Obj o) {
            return o;
        }
        throw error(t, what + " must be an object (key: value pairs)");
    }

    List<Tree> array(Tree t, String what) {
        if (t instanceof Tree.Arr a) {
            return a.items();
        }
        throw error(t, what + " must be a list");
    }

    void onlyKeys(Tree.Obj o, List<String> allowed, String what) {
        String[] keys = o.keys();
        for (int i = 0; i < keys.length; i++) {
            if (!allowed.contains(keys[i])) {
                Tree.Pos p = o.keyPositions()[i];
                throw TopologyException.at(fileName, p.line(), p.column(), "unknown key '" + keys[i] + "' in " + what
                        + "; expected one of " + String.join(", ", allowed));
            }
        }
    }

    String string(Tree t, String what) {
        if (t instanceof Tree.Scalar s && s.kind() != Tree.Scalar.Kind.NULL && s.kind() != Tree.Scalar.Kind.BOOLEAN) {
            return s.text();
        }
        throw error(t, what + " must be a string");
    }

    boolean bool(Tree t, String what) {
        if (t instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        throw error(t, what + " must be true or false");
    }

    long integer(Tree t, String what, long min, long max) {
        if (t instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.INTEGER) {
            try {
                long v = Long.parseLong(s.text());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException tooBig) {
                // falls through to the range message
            }
            throw error(t, what + " must be between " + min + " and " + max + " (got " + s.text() + ")");
        }
        throw error(t, what + " must be a whole number");
    }

    double number(Tree t, String what) {
        if (t instanceof Tree.Scalar s && (s.kind() == Tree.Scalar.Kind.INTEGER || s.kind() == Tree.Scalar.Kind.DECIMAL)) {
            return Double.parseDouble(s.text());
        }
        throw error(t, what + " must be a number");
    }

    /** A bandwidth: a plain number is bits per second; text may carry a unit ("10G"). Returns bytes/s. */
    double bandwidth(Tree t, String what) {
        double bytes;
        if (t instanceof Tree.Scalar s && (s.kind() == Tree.Scalar.Kind.INTEGER || s.kind() == Tree.Scalar.Kind.DECIMAL)) {
            bytes = Bandwidth.fromBitsPerSecond(Double.parseDouble(s.text()));
        } else {
            String text = string(t, what);
            Double known = bandwidths.get(text);
            if (known != null) {
                bytes = known;
            } else {
                try {
                    bytes = Bandwidth.parse(text);
                } catch (IllegalArgumentException e) {
                    throw error(t, what + ": " + e.getMessage());
                }
                if (bandwidths.size() < BANDWIDTH_CACHE_LIMIT) {
                    bandwidths.put(text, bytes);
                }
            }
        }
        if (!(bytes >= 0) || Double.isInfinite(bytes)) {
            throw error(t, what + " must be a finite bandwidth ≥ 0");
        }
        return bytes;
    }

    /** A delay: a plain number is microseconds; text may carry a unit ("1.5ms"). */
    int delayMicros(Tree t, String what) {
        if (t instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.INTEGER) {
            return (int) integer(t, what, 0, Integer.MAX_VALUE);
        }
        try {
            return Delay.parseMicros(t instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.DECIMAL ? s.text() : string(t, what));
        } catch (IllegalArgumentException e) {
            throw error(t, what + ": " + e.getMessage());
        }
    }

    InetAddress address(Tree t, String what) {
        String text = string(t, what);
        // Only literal addresses: a host name here would mean a DNS lookup while loading a file.
        if (!isAddressLiteral(text)) {
            throw error(t, what + " must be an IPv4 or IPv6 address literal (got '" + text + "')");
        }
        try {
            return InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw error(t, what + " must be an IPv4 or IPv6 address literal (got '" + text + "')");
        }
    }

    /** Hex digits, dots and colons only, with at least one dot or colon: never a host name. */
    private static boolean isAddressLiteral(String text) {
        boolean separator = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ':') {
                separator = true;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return separator;
    }

    Inet4Address ipv4(Tree t, String what) {
        if (address(t, what) instanceof Inet4Address a) {
            return a;
        }
        throw error(t, what + " must be an IPv4 address");
    }

    Inet6Address ipv6(Tree t, String what) {
        if (address(t, what) instanceof Inet6Address a) {
            return a;
        }
        throw error(t, what + " must be an IPv6 address");
    }

    /** A list of bit numbers ("adminGroups: [0, 5]") as a bit set. */
    BitSet bits(Tree t, String what, int limit) {
        BitSet bits = new BitSet();
        for (Tree item : array(t, what)) {
            bits.set((int) integer(item, what + " entry", 0, limit - 1));
        }
        return bits;
    }

    int[] unsigned32List(Tree t, String what) {
        List<Tree> items = array(t, what);
        int[] values = new int[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (int) integer(items.get(i), what + " entry", 0, 0xFFFF_FFFFL);
        }
        return values;
    }

    /** Channel set: "all", "none", "0-39,41", or a list of channel numbers. */
    BitSet channels(Tree t, String what, int count) {
        if (t instanceof Tree.Arr) {
            return bits(t, what, count);
        }
        String text = string(t, what).trim();
        BitSet set = new BitSet(count);
        if (text.equals("all")) {
            set.set(0, count);
            return set;
        }
        if (text.equals("none") || text.isEmpty()) {
            return set;
        }
        List<String> bad = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] range = part.trim().split("-", -1);
            try {
                int from = Integer.parseInt(range[0].trim());
                int to = range.length == 2 ? Integer.parseInt(range[1].trim()) : from;
                if (range.length > 2 || from < 0 || to < from || to >= count) {
                    bad.add(part.trim());
                } else {
                    set.set(from, to + 1);
                }
            } catch (NumberFormatException e) {
                bad.add(part.trim());
            }
        }
        if (!bad.isEmpty()) {
            throw error(t, what + ": bad channel range " + bad + "; write e.g. \"0-39,41\" with channels 0.." + (count - 1));
        }
        return set;
    }
}
