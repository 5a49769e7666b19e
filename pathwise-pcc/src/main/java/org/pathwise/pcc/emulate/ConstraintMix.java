package org.pathwise.pcc.emulate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A weighted choice of {@link RequestKind}s: {@code shortest=60,bandwidth=20,disjoint=10,sr=10}.
 * Weights are relative (they need not sum to 100).
 */
public final class ConstraintMix {
    /** What the demo and {@code --constraints mixed} ask: mostly plain, a bit of everything else. */
    public static final String MIXED = "shortest=40,bandwidth=20,hop-limit=10,delay-bound=10,affinity=5,disjoint=10,sr=5";

    private final RequestKind[] kinds;
    private final double[] cumulative;
    private final Map<RequestKind, Double> weights;

    private ConstraintMix(Map<RequestKind, Double> weights) {
        this.weights = Map.copyOf(weights);
        List<RequestKind> k = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double running = 0;
        for (Map.Entry<RequestKind, Double> e : weights.entrySet()) {
            running += e.getValue() / total;
            k.add(e.getKey());
            c.add(running);
        }
        this.kinds = k.toArray(RequestKind[]::new);
        this.cumulative = c.stream().mapToDouble(Double::doubleValue).toArray();
        cumulative[cumulative.length - 1] = 1.0;
    }

    /** Only {@code kind}. */
    public static ConstraintMix only(RequestKind kind) {
        return new ConstraintMix(Map.of(kind, 1.0));
    }

    /**
     * {@code mixed}, a single kind ({@code shortest}), or {@code kind=weight,…}. Throws
     * IllegalArgumentException saying what is wrong.
     */
    public static ConstraintMix parse(String spec) {
        String s = spec.trim();
        if (s.equalsIgnoreCase("mixed")) {
            s = MIXED;
        }
        EnumMap<RequestKind, Double> weights = new EnumMap<>(RequestKind.class);
        for (String part : s.split(",")) {
            String[] kv = part.split("=", -1);
            if (kv.length > 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("constraint mix '" + spec + "': expected kind=weight,… (e.g. "
                        + MIXED + ")");
            }
            RequestKind kind = RequestKind.parse(kv[0]);
            double w;
            try {
                w = kv.length == 1 ? 1 : Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("constraint mix '" + spec + "': weight of " + kind.key()
                        + " is not a number: '" + kv[1] + "'");
            }
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("constraint mix '" + spec + "': weight of " + kind.key()
                        + " must be >= 0");
            }
            if (weights.put(kind, w) != null) {
                throw new IllegalArgumentException("constraint mix '" + spec + "': " + kind.key() + " is given twice");
            }
        }
        weights.values().removeIf(w -> w == 0);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("constraint mix '" + spec + "': every weight is 0");
        }
        return new ConstraintMix(weights);
    }

    public RequestKind pick(SplittableRandom random) {
        if (kinds.length == 1) {
            return kinds[0];
        }
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return kinds[i];
            }
        }
        return kinds[kinds.length - 1];
    }

    /** Each kind's share, 0..1, in {@link RequestKind} order. */
    public Map<RequestKind, Double> shares() {
        EnumMap<RequestKind, Double> out = new EnumMap<>(RequestKind.class);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        weights.forEach((k, w) -> out.put(k, w / total));
        return out;
    }

    /** The canonical spec in percent, e.g. {@code shortest=60,sr=40}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        shares().forEach((k, share) -> {
            if (!b.isEmpty()) {
                b.append(',');
            }
            double percent = Math.round(share * 1000) / 10.0;
            b.append(k.key()).append('=').append(percent == Math.rint(percent) ? Long.toString((long) percent)
                    : Double.toString(percent));
        });
        return b.toString();
    }
}
