package org.pathwise.ted.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Delay as people write it: {@code "1.5ms"}, {@code "300us"}, {@code "300µs"}, or a plain number of microseconds. */
public final class Delay {

    private static final Pattern TEXT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]*)?)\\s*(us|µs|ms|s|)\\s*");

    private Delay() {
    }

    /** Parses a delay; returns whole microseconds (rounded). */
    public static int parseMicros(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a delay; write e.g. 1.5ms, 300us or a plain number of microseconds");
        }
        double value = Double.parseDouble(m.group(1));
        double micros = switch (m.group(2)) {
            case "", "us", "µs" -> value;
            case "ms" -> value * 1e3;
            case "s" -> value * 1e6;
            default -> throw new IllegalStateException(m.group(2));
        };
        if (micros > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("delay '" + text + "' is too large");
        }
        return (int) Math.round(micros);
    }
}
