package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConstraintMixTest {

    @Test
    void weightsAreRelativeAndPrintAsPercentages() {
        ConstraintMix mix = ConstraintMix.parse("shortest=3, sr=1");
        assertThat(mix.shares()).containsExactly(Map.entry(RequestKind.SHORTEST, 0.75), Map.entry(RequestKind.SR, 0.25));
        assertThat(mix.toString()).isEqualTo("shortest=75,sr=25");
        assertThat(ConstraintMix.parse(mix.toString()).shares()).isEqualTo(mix.shares());
    }

    @Test
    void mixedIsTheDemoMixAndABareKindIsAllOfIt() {
        assertThat(ConstraintMix.parse("mixed").toString())
                .isEqualTo("shortest=40,bandwidth=20,delay-bound=10,hop-limit=10,affinity=5,disjoint=10,sr=5");
        assertThat(ConstraintMix.parse("widest").shares()).containsExactly(Map.entry(RequestKind.WIDEST, 1.0));
    }

    @Test
    void picksFollowTheWeights() {
        ConstraintMix mix = ConstraintMix.parse("shortest=60,disjoint=30,sr=10");
        SplittableRandom r = new SplittableRandom(3);
        Map<RequestKind, Integer> n = new EnumMap<>(RequestKind.class);
        for (int i = 0; i < 100_000; i++) {
            n.merge(mix.pick(r), 1, Integer::sum);
        }
        assertThat(n.keySet()).containsExactly(RequestKind.SHORTEST, RequestKind.DISJOINT, RequestKind.SR);
        assertThat(n.get(RequestKind.SHORTEST)).isBetween(59_000, 61_000);
        assertThat(n.get(RequestKind.DISJOINT)).isBetween(29_000, 31_000);
        assertThat(n.get(RequestKind.SR)).isBetween(9_500, 10_500);
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> ConstraintMix.parse("shortest=1,fastest=2"))
                .hasMessage("unknown request kind 'fastest'; use one of [shortest, bandwidth, delay-bound, hop-limit,"
                        + " affinity, disjoint, sr, widest]");
        assertThatThrownBy(() -> ConstraintMix.parse("sr=x"))
                .hasMessage("constraint mix 'sr=x': weight of sr is not a number: 'x'");
        assertThatThrownBy(() -> ConstraintMix.parse("sr=1,sr=2"))
                .hasMessage("constraint mix 'sr=1,sr=2': sr is given twice");
        assertThatThrownBy(() -> ConstraintMix.parse("sr=0")).hasMessage("constraint mix 'sr=0': every weight is 0");
    }
}
