package org.pathwise.pcc.emulate;

import java.util.Locale;

/** Number formats shared by the progress line and the report (always the ROOT locale). */
final class Numbers {
    private Numbers() {
    }

    /** 4500 → "4,500"; 1234.5 → "1,235". */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,d", Math.round(perSecond));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Nanoseconds as a human latency: 812 µs, 3.4 ms, 1.20 s. */
    static String latency(long nanos) {
        if (nanos < 10_000) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%d µs", Math.round(nanos / 1e3));
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static double micros(double nanos) {
        return Math.round(nanos / 100.0) / 10.0;
    }
}
