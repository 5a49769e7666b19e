package org.pathwise.ted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Random edit sequences applied to {@link TopologyBuilder} and to {@link ReferenceBuilder} (the
 * plain rebuild-everything builder): every snapshot must hold exactly what the reference computes
 * — order, indices, endpoints, pairs, every column, address owners — and every rejected edit or
 * build must fail with the same message. Several versions are chained, so the copy-from-base paths
 * (unchanged links, remapped indices, shared pages) are exercised on top of each other.
 */
class BuilderEquivalenceTest {

    private static final int SEEDS = 400;

    @Test
    void randomEditSequencesMatchTheReference() {
        for (int seed = 0; seed < SEEDS; seed++) {
            chain(TeSnapshot.empty(), seed, 4);
        }
    }

    /** Over a thousand links, so edits land on several pages of the paged columns. */
    @Test
    void editsAcrossPagesMatchTheReference() {
        TeSnapshot large = org.pathwise.ted.generate.TopologyGenerator.generate(
                org.pathwise.ted.generate.GeneratorSpec.of(org.pathwise.ted.generate.GeneratorSpec.Model.WAXMAN, 300, 3));
        assertThat(large.linkCount()).isGreaterThan(4 * LinkPages.LINKS);
        for (int seed = 0; seed < 20; seed++) {
            chain(large, seed, 3);
        }
    }

    private static void chain(TeSnapshot start, int seed, int versions) {
        Random random = new Random(seed);
        List<String> log = new ArrayList<>();
        try {
            TeSnapshot s = start;
            for (int version = 0; version < versions; version++) {
                s = nextVersion(s, random, log);
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ", edits " + log + ": " + e.getMessage(), e);
        }
    }

    private static TeSnapshot nextVersion(TeSnapshot base, Random random, List<String> log) {
        TopologyBuilder b = base.toBuilder();
        ReferenceBuilder r = ReferenceBuilder.of(base);
        boolean structural = false;
        int edits = 1 + random.nextInt(version0(base) ? 25 : 8);
        for (int i = 0; i < edits; i++) {
            int kind = random.nextInt(version0(base) ? 4 : 9);
            switch (kind) {
                case 0, 1 -> {
                    Node n = node(random);
                    log.add("addNode " + n.id());
                    structural |= same(() -> b.addNode(n), () -> r.addNode(n));
                }
                case 2 -> {
                    Link l = link(random, "L" + random.nextInt(12));
                    log.add("addLink " + l.id() + " " + l.from() + "->" + l.to());
                    structural |= same(() -> b.addLink(l), () -> r.addLink(l));
                }
                case 3 -> {
                    Link f = link(random, "B" + random.nextInt(8));
                    Link back = random.nextBoolean() ? f.mirror(f.id() + "/r") : link(random, "R" + random.nextInt(8));
                    log.add("addBidirectional " + f.id() + " " + back.id());
                    structural |= same(() -> b.addBidirectional(f, back), () -> r.addBidirectional(f, back));
                }
                case 4 -> {
                    String id = existingLinkId(base, random);
                    log.add("removeLink " + id);
                    structural |= same(() -> b.removeLink(id), () -> r.removeLink(id));
                }
                case 5 -> {
                    String id = "N" + random.nextInt(7);
                    log.add("removeNode " + id);
                    structural |= same(() -> b.removeNode(id), () -> r.removeNode(id));
                }
                case 6 -> {
                    Node n = node(random);
                    log.add("replaceNode " + n.id());
                    structural |= same(() -> b.replaceNode(n), () -> r.replaceNode(n));
                }
                case 7 -> {
                    String id = existingLinkId(base, random);
                    Link current = r.links.get(id);
                    Link l = current != null && random.nextBoolean()
                            ? current.toBuilder().igpMetric(random.nextInt(100)).srlgs(random.nextInt(3)).build()
                            : link(random, id);
                    boolean moves = current == null || !current.from().equals(l.from()) || !current.to().equals(l.to())
                            || !java.util.Objects.equals(current.localAddress(), l.localAddress());
                    log.add("replaceLink " + id + (moves ? " (moved)" : ""));
                    boolean applied = same(() -> b.replaceLink(l), () -> r.replaceLink(l));
                    structural |= applied && moves;
                }
                default -> {
                    String id = existingLinkId(base, random);
                    double[] unreserved = new double[8];
                    for (int p = 0; p < 8; p++) {
                        unreserved[p] = random.nextInt(1000);
                    }
                    log.add("setUnreservedBandwidth " + id);
                    same(() -> b.setUnreservedBandwidth(id, unreserved),
                            () -> r.replaceLink(current(r, id).withUnreservedBandwidth(unreserved)));
                }
            }
        }
        log.add("build");
        TeSnapshot[] built = new TeSnapshot[1];
        ReferenceBuilder.Expected[] expected = new ReferenceBuilder.Expected[1];
        same(() -> built[0] = b.build(), () -> expected[0] = r.build());
        if (built[0] == null) {
            return base;
        }
        assertMatches(built[0], expected[0], structural ? null : base);
        return built[0];
    }

    private static boolean version0(TeSnapshot s) {
        return s.nodeCount() == 0;
    }

    private static Link current(ReferenceBuilder r, String id) {
        Link l = r.links.get(id);
        if (l == null) {
            throw new TopologyException("no link '" + id + "'");
        }
        return l;
    }

    /** Runs both; both must succeed or both fail with the same message. True when they succeeded. */
    private static boolean same(Runnable fast, Runnable reference) {
        String expected = outcome(reference);
        String actual = outcome(fast);
        assertThat(actual).isEqualTo(expected);
        return expected == null;
    }

    private static String outcome(Runnable r) {
        try {
            r.run();
            return null;
        } catch (TopologyException e) {
            return e.getMessage();
        }
    }

    /** {@code unchangedShape}: the version had attribute edits only, so the base's pairs stand as they were. */
    private static void assertMatches(TeSnapshot s, ReferenceBuilder.Expected e, TeSnapshot unchangedShape) {
        assertThat(s.nodes()).containsExactly(e.nodes());
        for (int n = 0; n < e.nodes().length; n++) {
            assertThat(s.nodeIndex(e.nodes()[n].id())).isEqualTo(n);
        }
        assertThat(s.links()).containsExactly(e.links());
        int[] reverse = unchangedShape != null ? reverseOf(unchangedShape) : e.reverse();
        for (int l = 0; l < e.links().length; l++) {
            Link link = e.links()[l];
            assertThat(s.linkIndex(link.id())).isEqualTo(l);
            assertThat(s.src(l)).isEqualTo(e.src()[l]);
            assertThat(s.dst(l)).isEqualTo(e.dst()[l]);
            assertThat(s.reverse(l)).as("reverse of %s", link.id()).isEqualTo(reverse[l]);
            assertColumns(s, l, link);
        }
        for (String absent : List.of("L-1", "N-1", "nope")) {
            assertThat(s.linkIndex(absent)).isEqualTo(-1);
            assertThat(s.nodeIndex(absent)).isEqualTo(-1);
        }
        Adjacency csr = Adjacency.of(e.nodes().length, e.src(), e.dst(), null);
        for (int n = 0; n <= e.nodes().length; n++) {
            assertThat(s.outStart(n)).isEqualTo(csr.outStart()[n]);
            assertThat(s.inStart(n)).isEqualTo(csr.inStart()[n]);
        }
        for (int i = 0; i < e.links().length; i++) {
            assertThat(s.outLink(i)).isEqualTo(csr.outLink()[i]);
            assertThat(s.inLink(i)).isEqualTo(csr.inLink()[i]);
        }
        for (Map.Entry<InetAddress, Integer> a : e.byAddress().entrySet()) {
            assertThat(s.nodeIndexByAddress(a.getKey())).as("owner of %s", a.getKey()).isEqualTo(a.getValue());
        }
        assertThat(s.nodeIndexByAddress(address(192, 0, 2, 1))).isEqualTo(-1);
    }

    private static int[] reverseOf(TeSnapshot s) {
        int[] r = new int[s.linkCount()];
        for (int l = 0; l < r.length; l++) {
            r[l] = s.reverse(l);
        }
        return r;
    }

    private static void assertColumns(TeSnapshot s, int l, Link link) {
        assertThat(s.igpMetric(l)).isEqualTo(link.igpMetric());
        assertThat(s.teMetric(l)).isEqualTo(link.teMetric());
        assertThat(s.delayMicros(l)).isEqualTo(link.delayMicros());
        assertThat(s.maxBandwidth(l)).isEqualTo(link.maxBandwidth());
        assertThat(s.maxReservableBandwidth(l)).isEqualTo(link.maxReservableBandwidth());
        for (int p = 0; p < Link.PRIORITIES; p++) {
            assertThat(s.unreservedBandwidth(l, p)).isEqualTo(link.unreservedBandwidth(p));
        }
        assertThat(s.adminGroup(l)).isEqualTo(link.adminGroup());
        long[] eag = link.extendedAdminGroup();
        assertThat(s.extendedAdminGroupWords(l)).isEqualTo(eag.length);
        for (int i = 0; i < eag.length; i++) {
            assertThat(s.extendedAdminGroupWord(l, i)).isEqualTo(eag[i]);
        }
        int[] srlgs = link.srlgs();
        assertThat(s.srlgCount(l)).isEqualTo(srlgs.length);
        for (int i = 0; i < srlgs.length; i++) {
            assertThat(s.srlg(l, i)).isEqualTo(srlgs[i]);
        }
        assertThat(s.adjacencySidLabel(l)).isEqualTo(link.adjacencySidLabel());
        assertThat(s.wavelengthCount(l)).isEqualTo(link.wavelengthCount());
        for (int c = 0; c < link.wavelengthCount(); c++) {
            assertThat(s.wavelengthAvailable(l, c)).isEqualTo(link.wavelengths().get(c));
        }
    }

    private static String existingLinkId(TeSnapshot base, Random random) {
        if (base.linkCount() > 0 && random.nextInt(4) > 0) {
            return base.link(random.nextInt(base.linkCount())).id();
        }
        return random.nextBoolean() ? "L" + random.nextInt(12) : "B" + random.nextInt(8);
    }

    private static Node node(Random random) {
        String id = "N" + random.nextInt(7);
        Node n = random.nextInt(3) == 0 ? Node.of(id).withCoordinates(random.nextInt(90), random.nextInt(90)) : Node.of(id);
        if (random.nextInt(4) == 0) {
            n = n.withRouterId((java.net.Inet4Address) address(random.nextInt(20)));
        }
        return n;
    }

    /** Endpoints mostly among N0..N6, sometimes N7 (never added: an unknown node at build). */
    private static Link link(Random random, String id) {
        String from = "N" + random.nextInt(random.nextInt(20) == 0 ? 8 : 7);
        String to = "N" + random.nextInt(7);
        if (from.equals(to)) {
            to = from.equals("N0") ? "N1" : "N0";
        }
        Link.Builder b = Link.builder(id, from, to).igpMetric(random.nextInt(50)).delayMicros(random.nextInt(1000))
                .maxBandwidth(random.nextInt(4) * 1e9);
        switch (random.nextInt(4)) {
            case 0 -> b.addresses(address(random.nextInt(40)), address(random.nextInt(40)));
            case 1 -> b.interfaceIds(1 + random.nextInt(5), 1 + random.nextInt(5));
            default -> {
                // unnumbered without ids: paired only when unambiguous
            }
        }
        with(random, 3, x -> b.srlgs(random.ints(random.nextInt(4), 0, 9).toArray()));
        with(random, 3, x -> b.extendedAdminGroup(random.nextLong(), random.nextInt(2) == 0 ? 0 : random.nextLong()));
        with(random, 4, x -> b.adjacencySidLabel(24000 + random.nextInt(100)));
        with(random, 4, x -> {
            BitSet free = new BitSet();
            int count = 1 + random.nextInt(130);
            for (int c = 0; c < count; c++) {
                if (random.nextBoolean()) {
                    free.set(c);
                }
            }
            b.wavelengths(free, count);
        });
        with(random, 3, x -> b.unreservedBandwidth(1, 2, 3, 4, 5, 6, 7, random.nextInt(9)));
        return b.build();
    }

    private static void with(Random random, int oneIn, Consumer<Void> change) {
        if (random.nextInt(oneIn) == 0) {
            change.accept(null);
        }
    }

    private static InetAddress address(int i) {
        return address(10, 0, 0, i);
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

}
