package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceAddressesTest {

    @Test
    void sessionsCountThroughTheLastTwoOctetsAvoidingZeroAnd255() {
        assertThat(host(0)).isEqualTo("127.1.1.1");
        assertThat(host(253)).isEqualTo("127.1.1.254");
        assertThat(host(254)).isEqualTo("127.1.2.1");
        assertThat(host(254 * 254)).isEqualTo("127.2.1.1");
        assertThat(host(SourceAddresses.MAX_SESSIONS - 1)).isEqualTo("127.254.254.254");
    }

    @Test
    void twentyThousandSessionsGetTwentyThousandAddresses() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.add(host(i))).isTrue();
        }
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> SourceAddresses.of(-1)).hasMessage("session index must be 0..16387063, got -1");
    }

    private static String host(int i) {
        return SourceAddresses.of(i).getAddress().getHostAddress();
    }
}
