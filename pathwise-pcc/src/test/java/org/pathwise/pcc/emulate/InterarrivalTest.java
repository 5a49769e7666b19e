package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InterarrivalTest {

    @Test
    void constantGapsAreExactlyOneOverTheRate() {
        ArrivalSchedule s = new ArrivalSchedule(new Interarrival.Constant(4000), 1);
        assertThat(s.nextOffsetNanos()).isEqualTo(250_000);
        assertThat(s.nextOffsetNanos()).isEqualTo(500_000);
        assertThat(s.nextOffsetNanos()).isEqualTo(750_000);
    }

    @Test
    void poissonGapsHaveTheMeanAndSpreadOfAnExponential() {
        double[] stats = stats(new Interarrival.Poisson(1000), 200_000);
        assertThat(stats[0]).isCloseTo(1_000_000, within(10_000.0)); // mean 1 ms, within 1 %
        assertThat(stats[1]).isCloseTo(1_000_000, within(20_000.0)); // exponential: stddev = mean
        assertThat(stats[2]).isGreaterThanOrEqualTo(0);
    }

    @Test
    void gaussianGapsCentreOnTheMeanWithAQuarterOfItAsSpread() {
        double[] stats = stats(new Interarrival.Gaussian(2000, 0.25), 200_000);
        assertThat(stats[0]).isCloseTo(500_000, within(5_000.0));
        assertThat(stats[1]).isCloseTo(125_000, within(5_000.0));
        assertThat(stats[2]).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        ArrivalSchedule a = new ArrivalSchedule(new Interarrival.Poisson(5000), 42);
        ArrivalSchedule b = new ArrivalSchedule(new Interarrival.Poisson(5000), 42);
        for (int i = 0; i < 1000; i++) {
            assertThat(a.nextOffsetNanos()).isEqualTo(b.nextOffsetNanos());
        }
    }

    @Test
    void parsesTheThreeKindsAndNamesThemBack() {
        assertThat(Interarrival.parse("constant", 10)).isEqualTo(new Interarrival.Constant(10));
        assertThat(Interarrival.parse("Poisson", 10)).isEqualTo(new Interarrival.Poisson(10));
        assertThat(Interarrival.parse("gaussian", 10)).isEqualTo(new Interarrival.Gaussian(10, 0.25));
        assertThat(Interarrival.parse("gaussian", 10).kind()).isEqualTo("gaussian");
    }

    @Test
    void badKindsAndRatesSayWhatToUse() {
        assertThatThrownBy(() -> Interarrival.parse("bursty", 10))
                .hasMessage("unknown interarrival 'bursty'; use constant, poisson or gaussian");
        assertThatThrownBy(() -> new Interarrival.Poisson(0))
                .hasMessage("rate must be > 0 and at most 10,000,000 requests/s, got 0.0");
        assertThatThrownBy(() -> new Interarrival.Gaussian(10, 2))
                .hasMessage("gaussian coefficient of variation must be in [0, 1], got 2.0");
    }

    /** mean, standard deviation and minimum of n gaps. */
    private static double[] stats(Interarrival ia, int n) {
        SplittableRandom r = new SplittableRandom(7);
        double sum = 0;
        double sumSq = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            long g = ia.nextGapNanos(r);
            sum += g;
            sumSq += (double) g * g;
            min = Math.min(min, g);
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(sumSq / n - mean * mean), min};
    }
}
