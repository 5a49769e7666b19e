package org.pathwise.ted.io.zoo;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Topology Zoo edge's capacity, in bits per second, from what the transcriber wrote. In order:
 * {@code LinkSpeedRaw} (bits/s); {@code LinkSpeed} × {@code LinkSpeedUnits} (K/M/G/T); a rate in
 * {@code LinkLabel} ("2.5 Gbps", "1 Gbit/s", "155M", "2x10Gb/s", "1GE" — for a range such as
 * "1-20Gbps" the number next to the unit, i.e. the upper bound; "GB/s" is read as Gbit/s, which is
 * what the Zoo's labels mean); a SONET/SDH/PDH name ("OC-192", "STM-16", "DS-3", "T1", "E1") in
 * {@code LinkLabel} or {@code LinkType}. NaN when none of these says anything.
 */
final class LinkSpeed {

    private static final Pattern RATE = Pattern.compile(
            "(?i)(?:(\\d+)\\s*x\\s*)?(\\d+(?:\\.\\d+)?)\\s*([kmgt])(?:bits?/s|bps|b/s|bit|b|e)?(?![a-z])");
    private static final Pattern SONET = Pattern.compile("(?i)\\b(OC|STM)-?(\\d+)c?\\b");
    private static final Pattern PDH = Pattern.compile("(?i)\\b(DS-?3|T-?3|DS-?1|T-?1|E-?1|E-?3|DS-?2|T-?2|GigE|GE)\\b");

    private LinkSpeed() {
    }

    static double bitsPerSecond(Map<String, Object> edge) {
        double raw = number(edge.get("LinkSpeedRaw"));
        if (raw > 0) {
            return raw;
        }
        double speed = number(edge.get("LinkSpeed"));
        if (speed > 0 && edge.get("LinkSpeedUnits") instanceof String units) {
            double scale = scale(units.trim());
            if (scale > 0) {
                return speed * scale;
            }
        }
        for (String key : new String[] {"LinkLabel", "LinkType"}) {
            if (edge.get(key) instanceof String text) {
                double bps = fromText(text);
                if (bps > 0) {
                    return bps;
                }
            }
        }
        return Double.NaN;
    }

    static double fromText(String text) {
        Matcher rate = RATE.matcher(text);
        if (rate.find()) {
            double n = rate.group(1) == null ? 1 : Double.parseDouble(rate.group(1));
            return n * Double.parseDouble(rate.group(2)) * scale(rate.group(3));
        }
        Matcher sonet = SONET.matcher(text);
        if (sonet.find()) {
            int n = Integer.parseInt(sonet.group(2));
            // OC-n = n × 51.84 Mbit/s (STS-1); STM-n = n × 155.52 Mbit/s (ITU-T G.707).
            return n * (sonet.group(1).equalsIgnoreCase("OC") ? 51.84e6 : 155.52e6);
        }
        Matcher pdh = PDH.matcher(text);
        if (pdh.find()) {
            return switch (pdh.group(1).toUpperCase(Locale.ROOT).replace("-", "")) {
                case "DS3", "T3" -> 44.736e6;
                case "DS2", "T2" -> 6.312e6;
                case "DS1", "T1" -> 1.544e6;
                case "E1" -> 2.048e6;
                case "E3" -> 34.368e6;
                default -> 1e9; // GE, GigE
            };
        }
        return Double.NaN;
    }

    private static double scale(String unit) {
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "K" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            default -> -1;
        };
    }

    private static double number(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
