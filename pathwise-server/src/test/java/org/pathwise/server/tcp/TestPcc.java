package org.pathwise.server.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.message.Message;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.capability.Capabilities;
import org.pathwise.session.negotiation.SessionIds;
import org.pathwise.session.transport.Connections;
import org.pathwise.session.transport.SessionTransport;

/** A PCC over real TCP (pathwise-session, PCC role) that queues what the PCE sends. */
final class TestPcc implements AutoCloseable {
    private final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final PcepSession session;

    TestPcc(SessionTransport transport, InetSocketAddress pce, String sourceAddress, Capabilities capabilities)
            throws Exception {
        SessionListener listener = new SessionListener() {
            @Override
            public void onMessage(PcepSession s, Message message, long receivedNanos) {
                events.add(message);
            }

            @Override
            public void onDown(PcepSession s, SessionDown reason) {
                events.add(reason);
            }
        };
        session = Connections.connect(transport, SessionConfig.pcc().withCapabilities(capabilities), pce,
                new InetSocketAddress(sourceAddress, 0), listener, new SessionIds(), 5000).get(20, TimeUnit.SECONDS);
    }

    void send(Message m) {
        session.send(m);
    }

    PcepSession session() {
        return session;
    }

    Object nextEvent() {
        try {
            Object e = events.poll(30, TimeUnit.SECONDS);
            if (e == null) {
                fail("nothing from the PCE within 30 s");
            }
            return e;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    <T extends Message> T next(Class<T> type) {
        Object e = nextEvent();
        assertThat(e).isInstanceOf(type);
        return type.cast(e);
    }

    @Override
    public void close() {
        session.close(1);
    }
}
