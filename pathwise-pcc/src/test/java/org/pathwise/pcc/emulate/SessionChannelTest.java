package org.pathwise.pcc.emulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.session.Negotiated;
import org.pathwise.session.PcepSession;
import org.pathwise.session.Role;

/** Request-ID correlation of one emulated PCC, on an in-memory session (no timing asserted). */
class SessionChannelTest {

    /** Records what the channel sends and which replies it reports as unknown. */
    private static final class RecordingSession implements PcepSession {
        final List<Message> sent = new ArrayList<>();
        final List<Long> unknown = new ArrayList<>();

        @Override public Role role() { return Role.PCC; }
        @Override public InetSocketAddress peerAddress() { return new InetSocketAddress("127.0.0.1", 4189); }
        @Override public InetSocketAddress localAddress() { return new InetSocketAddress("127.1.0.1", 40000); }
        @Override public Negotiated negotiated() { return null; }
        @Override public ScheduledExecutorService executor() { return null; }
        @Override public boolean isUp() { return true; }
        @Override public void send(Message message) { sent.add(message); }
        @Override public void send(Message message, Runnable written) { sent.add(message); }
        @Override public void sendError(ErrorCode error, List<Rp> requests, List<Srp> stateRequests) { }
        @Override public void unknownRequest(Rp request) { unknown.add(request.requestId()); }
        @Override public void close(int reason) { }
    }

    private static PcReq request(long id) {
        return PcReq.of(Request.of(Rp.of(id, 0, List.of()), new EndpointsIpv4(ObjectFlags.P,
                Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.2"))));
    }

    private static PcRep reply(long id) {
        return new PcRep(List.of(), List.of(Response.of(Rp.of(id, 0, List.of()),
                new NoPath(ObjectFlags.NONE, 0, false, List.of()))));
    }

    private static SessionChannel attached(RecordingSession s) {
        SessionChannel c = new SessionChannel(s.localAddress());
        c.attach(s);
        return c;
    }

    @Test
    void aReplyCompletesTheRequestWithTheSameId() {
        RecordingSession s = new RecordingSession();
        SessionChannel c = attached(s);
        CompletableFuture<Message> answer = c.request(request(7));
        assertThat(s.sent).containsExactly(request(7));
        c.onMessage(s, reply(7), 0);
        assertThat(answer).isCompletedWithValue(reply(7));
        assertThat(s.unknown).isEmpty();
    }

    /**
     * A request the load engine gave up on (timeout) may still be answered: that answer is late,
     * not unknown. Reported as unknown, a few of them would make the PCC close the session with
     * reason 4 (a cold emulator that fell seconds behind used to lose every session this way).
     */
    @Test
    void aLateReplyToATimedOutRequestIsDroppedNotReportedUnknown() {
        RecordingSession s = new RecordingSession();
        SessionChannel c = attached(s);
        CompletableFuture<Message> answer = c.request(request(3));
        answer.completeExceptionally(new TimeoutException("no answer within 5000 ms"));
        c.onMessage(s, reply(3), 0);
        assertThat(s.unknown).isEmpty();
        c.onMessage(s, reply(3), 0); // a second answer to the same id is unknown again
        assertThat(s.unknown).containsExactly(3L);
    }

    @Test
    void aReplyToAnIdNeverSentIsReportedUnknown() {
        RecordingSession s = new RecordingSession();
        SessionChannel c = attached(s);
        c.request(request(1));
        c.onMessage(s, reply(2), 0);
        assertThat(s.unknown).containsExactly(2L);
    }
}
