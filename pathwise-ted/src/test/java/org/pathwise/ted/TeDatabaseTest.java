package org.pathwise.ted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeDatabaseTest {

    @Test
    void updateSwapsTheSnapshotAndTellsListenersInOrder() throws Exception {
        TeDatabase ted = new TeDatabase(TeSnapshotTest.triangle());
        TeSnapshot before = ted.current();
        List<Long> heard = new ArrayList<>();
        AutoCloseable handle = ted.addListener(s -> heard.add(s.version()));

        TeSnapshot v2 = ted.update(b -> b.setUnreservedBandwidth("AB", new double[8]));
        TeSnapshot v3 = ted.update(b -> b.removeLink("AC"));

        assertThat(ted.current()).isSameAs(v3);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(heard).containsExactly(2L, 3L);
        assertThat(before.linkCount()).isEqualTo(5); // a reader's snapshot never changes under it
        handle.close();
        ted.update(b -> b.removeLink("BC"));
        assertThat(heard).containsExactly(2L, 3L);
    }

    @Test
    void publishRefusesOlderVersionsAndReplaceRenumbers() {
        TeDatabase ted = new TeDatabase(TeSnapshotTest.triangle());
        ted.update(b -> b);
        TeSnapshot fresh = TopologyBuilder.create().addNode(Node.of("X")).build();
        assertThatThrownBy(() -> ted.publish(fresh)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("snapshot version 1 is not newer than the current version 2");
        TeSnapshot replaced = ted.replace(fresh);
        assertThat(replaced.version()).isEqualTo(3);
        assertThat(ted.current().nodeIndex("X")).isZero();
    }

    @Test
    void aFailingListenerDoesNotStopTheUpdateOrOtherListeners() {
        TeDatabase ted = new TeDatabase(TeSnapshotTest.triangle());
        List<Long> heard = new ArrayList<>();
        ted.addListener(s -> {
            throw new IllegalStateException("listener bug");
        });
        ted.addListener(s -> heard.add(s.version()));
        Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
        List<Throwable> reported = new ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            ted.update(b -> b);
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }
        assertThat(heard).containsExactly(2L);
        assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("listener bug");
    }
}
