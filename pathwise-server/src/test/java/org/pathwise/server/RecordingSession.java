package org.pathwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Message;

/**
 * A PeerSession for tests without TCP: every message the server sends is encoded and decoded again
 * (so it must be valid on the wire) and queued for the test. {@link #holdWorkers()} makes sends from
 * compute threads wait, which keeps a worker busy so the test can fill the queue deterministically.
 */
public final class RecordingSession implements PeerSession {
    private final String name;
    private final PeerCapabilities capabilities;
    private final LinkedBlockingQueue<Message> received = new LinkedBlockingQueue<>();
    /** Every message sent, as wire bytes, in order. */
    final java.util.List<byte[]> wire = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private final CountDownLatch workerHeld = new CountDownLatch(1);

    public RecordingSession(String name, PeerCapabilities capabilities) {
        this.name = name;
        this.capabilities = capabilities;
    }

    RecordingSession(String name) {
        this(name, PeerCapabilities.RSVP_ONLY);
    }

    @Override
    public void send(Message message) {
        byte[] bytes = PcepCodec.standard().encode(message);
        wire.add(bytes);
        DecodeResult back = PcepCodec.standard().decode(bytes);
        assertThat(back).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(((DecodeResult.Decoded) back).message()).isEqualTo(message);
        if (Thread.currentThread().getName().startsWith("pathwise-compute")) {
            workerHeld.countDown();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        received.add(message);
    }

    @Override
    public PeerCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String name() {
        return name;
    }

    /** From now on a worker sending to this session waits until {@link #release()}. */
    void holdWorkers() {
        hold = new CountDownLatch(1);
    }

    /** Waits until a worker is held in {@link #send}. */
    void awaitWorkerHeld() throws InterruptedException {
        assertThat(workerHeld.await(20, TimeUnit.SECONDS)).as("a worker reached send()").isTrue();
    }

    void release() {
        hold.countDown();
    }

    /** The next message sent, waiting for it (a missing reply fails the test after 20 s). */
    Message next() {
        try {
            Message m = received.poll(20, TimeUnit.SECONDS);
            if (m == null) {
                fail("no message from the server");
            }
            return m;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public <T extends Message> T next(Class<T> type) {
        Message m = next();
        assertThat(m).isInstanceOf(type);
        return type.cast(m);
    }

    int pendingMessages() {
        return received.size();
    }
}
