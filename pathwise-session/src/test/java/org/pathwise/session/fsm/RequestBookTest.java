package org.pathwise.session.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathwise.session.Role;

class RequestBookTest {

    @Test
    void remembersExactlyTheLastFinishedRequestsAndForgetsOlderOnes() {
        RequestBook book = new RequestBook(Role.PCE);
        int total = RequestBook.FINISHED_MEMORY + 10;
        for (long id = 1; id <= total; id++) {
            book.add(id);
        }
        assertThat(book.recentlyFinished(1)).isFalse();
        for (long id = 1; id <= total; id++) {
            assertThat(book.remove(id)).isTrue();
        }
        assertThat(book.size()).isZero();
        assertThat(book.remove(5)).as("a second answer to the same id").isFalse();
        for (long id = 1; id <= 10; id++) {
            assertThat(book.recentlyFinished(id)).as("id %d was pushed out", id).isFalse();
        }
        for (long id = 11; id <= total; id++) {
            assertThat(book.recentlyFinished(id)).as("id %d", id).isTrue();
        }
        assertThat(book.recentlyFinished(total + 1)).isFalse();
    }

    @Test
    void anIdThatWasNeverPendingIsNotRemembered() {
        RequestBook book = new RequestBook(Role.PCC);
        assertThat(book.remove(7)).isFalse();
        assertThat(book.recentlyFinished(7)).isFalse();
    }
}
