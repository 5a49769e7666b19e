package org.pathwise.pcc.emulate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The gap between two consecutive requests of an open-loop load, drawn from a seeded random
 * source. The mean gap is always {@code 1 / rate}; the kinds differ only in spread: none
 * (constant), exponential (Poisson arrivals, the usual model of many independent PCCs) or a
 * Gaussian around the mean (the seed paper's emulator offered this one).
 */
public sealed interface Interarrival {

    /** Requests per second over all sessions. */
    double rate();

    /** The next gap in nanoseconds, never negative. */
    long nextGapNanos(SplittableRandom random);

    default double meanGapNanos() {
        return 1e9 / rate();
    }

    /** Exactly {@code 1 / rate} apart. */
    record Constant(double rate) implements Interarrival {
        public Constant {
            checkRate(rate);
        }

        @Override
        public long nextGapNanos(SplittableRandom random) {
            return Math.round(meanGapNanos());
        }
    }

    /** Exponential gaps: a Poisson process of intensity {@code rate}. */
    record Poisson(double rate) implements Interarrival {
        public Poisson {
            checkRate(rate);
        }

        @Override
        public long nextGapNanos(SplittableRandom random) {
            // Inverse transform; 1 - u is in (0, 1], so the logarithm is finite.
            return Math.round(-Math.log(1.0 - random.nextDouble()) * meanGapNanos());
        }
    }

    /**
     * Gaussian gaps with mean {@code 1 / rate} and standard deviation {@code cv} times the mean,
     * cut at zero (a negative draw means "send at once", which keeps the process unbiased enough
     * for {@code cv} up to about 0.5).
     */
    record Gaussian(double rate, double cv) implements Interarrival {
        /** Spread used when none is given: a quarter of the mean. */
        public static final double DEFAULT_CV = 0.25;

        public Gaussian {
            checkRate(rate);
            if (!(cv >= 0) || cv > 1) {
                throw new IllegalArgumentException("gaussian coefficient of variation must be in [0, 1], got " + cv);
            }
        }

        @Override
        public long nextGapNanos(SplittableRandom random) {
            double gap = meanGapNanos() * (1 + cv * random.nextGaussian());
            return Math.max(0, Math.round(gap));
        }
    }

    /** {@code constant}, {@code poisson} or {@code gaussian} at {@code rate} requests per second. */
    static Interarrival parse(String kind, double rate) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "constant" -> new Constant(rate);
            case "poisson", "exponential" -> new Poisson(rate);
            case "gaussian", "normal" -> new Gaussian(rate, Gaussian.DEFAULT_CV);
            default -> throw new IllegalArgumentException("unknown interarrival '" + kind
                    + "'; use constant, poisson or gaussian");
        };
    }

    /** The name {@link #parse} accepts for this kind. */
    default String kind() {
        return switch (this) {
            case Constant c -> "constant";
            case Poisson p -> "poisson";
            case Gaussian g -> "gaussian";
        };
    }

    private static void checkRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate) || rate > 10_000_000) {
            throw new IllegalArgumentException("rate must be > 0 and at most 10,000,000 requests/s, got " + rate);
        }
    }
}
