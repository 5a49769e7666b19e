package org.pathwise.compute.optical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwise.compute.NoPathReason;
import org.pathwise.compute.PathRequest;
import org.pathwise.ted.TeSnapshot;

class WavelengthRouterTest {
    private final WavelengthRouter router = new WavelengthRouter();

    /** A-B-C is shortest but changes channel at B; A-D-E-C keeps channel 1 all along. */
    private static TeSnapshot detour() {
        return new OpticalNet().nodes("A", "B", "C", "D", "E")
                .fiber("ab", "A", "B", 1, 0).fiber("bc", "B", "C", 1, 1)
                .fiber("ad", "A", "D", 1, 1, 2).fiber("de", "D", "E", 1, 1, 2).fiber("ec", "E", "C", 1, 1, 3)
                .build();
    }

    private RwaResult.Assigned assigned(TeSnapshot s, RwaRequest r) {
        RwaResult result = router.compute(s, r);
        assertThat(result).isInstanceOf(RwaResult.Assigned.class);
        RwaResult.Assigned a = (RwaResult.Assigned) result;
        for (int l : a.path().links()) {
            assertThat(s.wavelengthAvailable(l, a.channel())).as("channel free on " + s.link(l).id()).isTrue();
        }
        return a;
    }

    @Test
    void shortestRouteWithoutAContinuousChannelLosesToALongerOne() {
        TeSnapshot s = detour();
        RwaResult.Assigned a = assigned(s, RwaRequest.of(PathRequest.between("A", "C").build(), WavelengthPolicy.FIRST_FIT));
        assertThat(a.path().nodeIds(s)).containsExactly("A", "D", "E", "C");
        assertThat(a.channel()).isEqualTo(1);
        assertThat(a.path().teMetric()).isEqualTo(3);
    }

    @Test
    void hopLimitThatCutsTheContinuousRouteLeavesNoWavelength() {
        RwaResult r = router.compute(detour(),
                RwaRequest.of(PathRequest.between("A", "C").maxHops(2).build(), WavelengthPolicy.FIRST_FIT));
        assertThat(r).isInstanceOfSatisfying(RwaResult.Failed.class, f -> {
            assertThat(f.noPath().reason()).isEqualTo(NoPathReason.WAVELENGTH_UNAVAILABLE);
            assertThat(f.noPath().detail()).contains("wavelength continuity");
        });
    }

    @Test
    void hopLimitBelowEveryRouteIsTheRoutesOwnReason() {
        RwaResult r = router.compute(detour(),
                RwaRequest.of(PathRequest.between("A", "C").maxHops(1).build(), WavelengthPolicy.FIRST_FIT));
        assertThat(r).isInstanceOfSatisfying(RwaResult.Failed.class,
                f -> assertThat(f.noPath().reason()).isEqualTo(NoPathReason.HOP_LIMIT_EXCEEDED));
    }

    /** Two parallel routes; channel 2 is in use on three other fibres of the network. */
    private static TeSnapshot busyChannelTwo() {
        return new OpticalNet().nodes("A", "B", "C", "X", "Y")
                .fiber("ab", "A", "B", 1, 0, 2, 3).fiber("bc", "B", "C", 1, 0, 2, 3)
                .fiber("xy", "X", "Y", 1, 0, 1, 3).fiber("yx", "Y", "X", 1, 0, 1, 3).fiber("xa", "X", "A", 1, 0, 1, 3)
                .build();
    }

    @Test
    void firstFitTakesTheLowestChannelMostUsedTheBusiestFeasibleOne() {
        TeSnapshot s = busyChannelTwo();
        PathRequest ac = PathRequest.between("A", "C").build();
        assertThat(assigned(s, RwaRequest.of(ac, WavelengthPolicy.FIRST_FIT)).channel()).isZero();
        // usage: channel 1 used on ab, bc (2 links); channel 2 on xy, yx, xa (3); 0 and 3 on none.
        // Channel 1 has no route, so most-used takes channel 2.
        assertThat(assigned(s, RwaRequest.of(ac, WavelengthPolicy.MOST_USED)).channel()).isEqualTo(2);
    }

    @Test
    void randomIsSeededAndDrawsOnlyFeasibleChannels() {
        TeSnapshot s = busyChannelTwo();
        PathRequest ac = PathRequest.between("A", "C").build();
        Set<Integer> drawn = new HashSet<>();
        for (long seed = 0; seed < 64; seed++) {
            int c = assigned(s, new RwaRequest(ac, WavelengthPolicy.RANDOM, seed)).channel();
            assertThat(assigned(s, new RwaRequest(ac, WavelengthPolicy.RANDOM, seed)).channel()).isEqualTo(c);
            drawn.add(c);
        }
        assertThat(drawn).containsExactlyInAnyOrder(0, 2, 3);
    }

    @Test
    void nonOpticalLinksCarryNoLightpath() {
        TeSnapshot s = new OpticalNet().nodes("A", "B", "C")
                .fiber("ab", "A", "B", 1, 0).copper("bc", "B", "C", 1).build();
        RwaResult r = router.compute(s, RwaRequest.of(PathRequest.between("A", "C").build(), WavelengthPolicy.FIRST_FIT));
        assertThat(r).isInstanceOfSatisfying(RwaResult.Failed.class, f -> {
            assertThat(f.noPath().reason()).isEqualTo(NoPathReason.NO_ROUTE);
            assertThat(f.noPath().detail()).contains("not optical");
        });
    }

    @Test
    void unknownEndpointIsTheCoresReason() {
        RwaResult r = router.compute(detour(), RwaRequest.of(PathRequest.between("A", "Z").build(), WavelengthPolicy.RANDOM));
        assertThat(r).isInstanceOfSatisfying(RwaResult.Failed.class,
                f -> assertThat(f.noPath().reason()).isEqualTo(NoPathReason.DESTINATION_UNKNOWN));
    }
}
