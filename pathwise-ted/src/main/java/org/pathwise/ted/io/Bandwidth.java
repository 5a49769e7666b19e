package org.pathwise.ted.io;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bandwidth as people write it. The model stores bytes per second; files speak bits per second,
 * like every interface and data sheet: {@code "10G"}, {@code "2.5Gbps"}, {@code "100 Mbit/s"},
 * {@code "622M"}, or a plain number of bits per second. Bytes are accepted when spelled with a
 * capital B and a rate: {@code "1.25GB/s"}, {@code "125 MBps"}. Prefixes are decimal (k = 1000).
 */
public final class Bandwidth {

    private static final Pattern TEXT = Pattern.compile(
            "\\s*([0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)\\s*([kKMGTP]?)(bps|bit/s|b/s|Bps|B/s|)\\s*");
    private static final String[] PREFIXES = {"", "k", "M", "G", "T"};

    private Bandwidth() {
    }

    /**
     * Parses a bandwidth; returns bytes per second.
     *
     * @throws IllegalArgumentException with a message showing the accepted forms
     */
    public static double parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a bandwidth; write e.g. 10G, 2.5Gbps, 100M, 622 Mbit/s"
                    + " or a plain number of bits per second");
        }
        double value = Double.parseDouble(m.group(1));
        double scale = switch (m.group(2)) {
            case "" -> 1;
            case "k", "K" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            case "P" -> 1e15;
            default -> throw new IllegalStateException(m.group(2));
        };
        boolean bytes = m.group(3).startsWith("B");
        double result = value * scale;
        return bytes ? result : result / 8;
    }

    /** A plain number in a file: bits per second. */
    public static double fromBitsPerSecond(double bitsPerSecond) {
        return bitsPerSecond / 8;
    }

    /**
     * The shortest text that {@link #parse} turns back into exactly {@code bytesPerSecond}:
     * {@code "10G"}, {@code "2.5G"}, {@code "155.52M"}; a plain number of bits per second when
     * no prefix round-trips exactly.
     */
    public static String format(double bytesPerSecond) {
        double bits = bytesPerSecond * 8;
        for (int i = PREFIXES.length - 1; i >= 1; i--) {
            double scale = Math.pow(1000, i);
            if (bits >= scale) {
                String text = plain(bits / scale) + PREFIXES[i];
                if (parse(text) == bytesPerSecond) {
                    return text;
                }
            }
        }
        return plain(bits);
    }

    private static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e18) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
