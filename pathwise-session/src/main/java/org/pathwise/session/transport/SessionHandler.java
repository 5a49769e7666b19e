package org.pathwise.session.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcep.CloseReason;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;
import org.pathwise.session.Negotiated;
import org.pathwise.session.PcepSession;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.Role;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.fsm.SessionActions;
import org.pathwise.session.fsm.SessionMachine;
import org.pathwise.session.fsm.SessionState;
import org.pathwise.session.negotiation.SessionIds;
import org.pathwise.session.timer.SessionTimers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session on its channel: feeds the state machine from Netty events, carries out its actions,
 * and keeps exactly one scheduled timer check (at the machine's next deadline). Everything runs on
 * the channel's event loop; the {@link PcepSession} methods hop there from other threads.
 */
public final class SessionHandler extends ChannelDuplexHandler implements PcepSession, SessionActions {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    private final SessionConfig config;
    private final SessionListener listener;
    private final SessionRegistry registry;
    private final SessionIds sessionIds;
    private final boolean initiatedLocally;
    private final CompletableFuture<PcepSession> upFuture = new CompletableFuture<>();

    private ChannelHandlerContext ctx;
    private Channel channel;
    private SessionMachine machine;
    private SessionKey key;
    private ScheduledFuture<?> check;
    private long checkDeadline;
    private boolean handshakeFailed;
    private volatile Negotiated negotiated;
    private volatile boolean up;
    private volatile InetSocketAddress peerAddress;
    private volatile InetSocketAddress localAddress;
    /** Set (on the loop) while the machine sends a message whose write someone waits for. */
    private Runnable onWritten;
    /** What other threads send, written by one drain task per burst (docs/sessions.md, "Threads"). */
    private final Outbox outbox = new Outbox();
    /** True while {@link #drain} runs: writes then wait for its single flush. */
    private boolean draining;

    SessionHandler(SessionConfig config, SessionListener listener, SessionRegistry registry, SessionIds sessionIds,
            boolean initiatedLocally) {
        this.config = config;
        this.listener = listener;
        this.registry = registry;
        this.sessionIds = sessionIds;
        this.initiatedLocally = initiatedLocally;
    }

    /** Completes when the session is Up, exceptionally when it fails before. */
    CompletableFuture<PcepSession> upFuture() {
        return upFuture;
    }

    boolean initiatedLocally() {
        return initiatedLocally;
    }

    // ---- Netty events ----

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
        this.channel = context.channel();
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        peerAddress = (InetSocketAddress) channel.remoteAddress();
        localAddress = (InetSocketAddress) channel.localAddress();
        long now = config.ticker().nanoTime();
        Optional<PeerSettings> settings = config.peers().settingsFor(peerAddress.getAddress());
        if (settings.isEmpty()) {
            refuse(SessionDown.of(SessionDown.Cause.REJECTED, "peer " + peerAddress + " not allowed"), null);
            return;
        }
        key = new SessionKey(localAddress.getAddress(), peerAddress.getAddress());
        switch (registry.claim(key, this)) {
            case ACCEPT -> { }
            case REJECT_NEW -> {
                key = null;
                refuse(SessionDown.error(SessionDown.Cause.REJECTED, PcepErrors.SECOND_SESSION,
                        "a session with " + peerAddress.getAddress() + " already exists"), PcepErrors.SECOND_SESSION);
                return;
            }
        }
        machine = new SessionMachine(config, settings.get(), sessionIds.next(peerAddress.getAddress()), this, now);
        machine.connected(now);
        reschedule(now);
        context.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        if (!(msg instanceof DecodeResult result) || machine == null) {
            context.fireChannelRead(msg);
            return;
        }
        long now = config.ticker().nanoTime();
        machine.received(result, now);
        reschedule(now);
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        cancelCheck();
        if (machine != null) {
            machine.connectionLost();
        }
        release();
        context.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        if (cause instanceof IOException) {
            LOG.debug("{}: {}", peerAddress, cause.toString());
        } else {
            LOG.warn("{}: unexpected error, closing the connection", peerAddress, cause);
        }
        context.close();
    }

    // ---- PcepSession (any thread) ----

    @Override
    public Role role() {
        return config.role();
    }

    @Override
    public InetSocketAddress peerAddress() {
        return peerAddress;
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    @Override
    public Negotiated negotiated() {
        return negotiated;
    }

    @Override
    public ScheduledExecutorService executor() {
        return channel.eventLoop();
    }

    @Override
    public boolean isUp() {
        return up;
    }

    @Override
    public void send(Message message) {
        send(message, null);
    }

    @Override
    public void send(Message message, Runnable written) {
        if (channel.eventLoop().inEventLoop()) {
            sendOnLoop(message, written);
            return;
        }
        if (outbox.offer(message, written)) {
            channel.eventLoop().execute(this::drain);
        }
    }

    /** Writes everything the outbox holds, then flushes once. */
    private void drain() {
        draining = true;
        try {
            outbox.drain(this::sendOnLoop);
        } finally {
            draining = false;
        }
        ctx.flush();
    }

    private void sendOnLoop(Message message, Runnable written) {
        onWritten = written;
        try {
            sendOnLoop(message);
        } finally {
            onWritten = null;
        }
    }

    private void sendOnLoop(Message message) {
        long now = config.ticker().nanoTime();
        if (machine == null || !machine.send(message, now)) {
            LOG.debug("{}: session not Up, dropped {}", peerAddress, message.getClass().getSimpleName());
        } else {
            reschedule(now);
        }
    }

    @Override
    public void sendError(ErrorCode error, List<Rp> requests, List<Srp> stateRequests) {
        send(new PcErr(List.of(new PcErr.ErrorBlock(requests, stateRequests,
                List.of(PcepError.of(error.type(), error.value())))), null));
    }

    @Override
    public void unknownRequest(Rp request) {
        onLoop(() -> {
            if (machine != null) {
                long now = config.ticker().nanoTime();
                machine.unknownRequest(request, now);
                reschedule(now);
            }
        });
    }

    @Override
    public void close(int reason) {
        onLoop(() -> {
            if (machine != null) {
                machine.close(reason, config.ticker().nanoTime());
            } else {
                channel.close();
            }
        });
    }

    /** Completes when the channel is closed (for orderly shutdown). */
    io.netty.channel.ChannelFuture closeFuture() {
        return channel.closeFuture();
    }

    /** Loses a connection collision: closed before Up, without PCErr (the peer keeps the other). */
    void dropForCollision() {
        onLoop(() -> {
            LOG.info("{}: connection collision, keeping the one initiated by the higher address", peerAddress);
            if (machine != null) {
                machine.close(org.pathwise.pcep.CloseReason.NO_EXPLANATION, config.ticker().nanoTime());
            } else {
                channel.close();
            }
        });
    }

    /** The state, read on the event loop (for tests and diagnostics). */
    SessionState state() {
        return machine == null ? SessionState.IDLE : machine.state();
    }

    private void onLoop(Runnable task) {
        if (channel.eventLoop().inEventLoop()) {
            task.run();
        } else {
            channel.eventLoop().execute(task);
        }
    }

    // ---- SessionActions (event loop) ----

    @Override
    public void write(Message message) {
        if (handshakeFailed) {
            // No TLS channel exists: the PCErr goes in the clear, after the TLS alert (see Splice).
            splice().sayBeforeClose(Unpooled.wrappedBuffer(PcepCodec.standard().encode(message)));
            return;
        }
        // While draining the outbox one flush follows the lot; otherwise FlushConsolidationHandler
        // turns these flushes into one per read burst.
        Runnable written = onWritten;
        onWritten = null; // only the message being sent, not what the machine writes after it
        if (written == null) {
            if (draining) {
                ctx.write(message, ctx.voidPromise());
            } else {
                ctx.writeAndFlush(message, ctx.voidPromise());
            }
            return;
        }
        ChannelFuture f = draining ? ctx.write(message) : ctx.writeAndFlush(message);
        f.addListener(done -> {
            if (done.isSuccess()) {
                written.run();
            }
        });
    }

    @Override
    public void startTls() {
        // Runs after the current read: the decoder has paused behind the StartTLS message.
        ctx.executor().execute(this::insertTls);
    }

    @Override
    public void disconnect() {
        cancelCheck();
        if (handshakeFailed) {
            // The failing SslHandler writes its alert and closes the channel right after telling
            // us; closing first would cut the alert off. This close is a backstop (no-op by then).
            ctx.executor().execute(() -> channel.close());
            return;
        }
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void up() {
        negotiated = machine.negotiated();
        up = true;
        upFuture.complete(this);
        try {
            config.hooks().sessionUp(channel);
        } catch (RuntimeException e) {
            LOG.warn("{}: transport hook sessionUp failed", peerAddress, e);
        }
        try {
            listener.onUp(this);
        } catch (RuntimeException e) {
            LOG.warn("{}: listener onUp failed", peerAddress, e);
        }
    }

    @Override
    public void deliver(Message message, long receivedNanos) {
        try {
            listener.onMessage(this, message, receivedNanos);
        } catch (RuntimeException e) {
            LOG.warn("{}: listener onMessage failed", peerAddress, e);
        }
    }

    @Override
    public void down(SessionDown reason, boolean wasUp) {
        up = false;
        release();
        upFuture.completeExceptionally(new SessionFailedException(reason));
        // An orderly end (our own close, or the peer's Close with no reason to give) is routine:
        // a PCE restarting 1,000 PCCs would otherwise log 1,000 lines. The rest is news.
        boolean orderly = reason.cause() == SessionDown.Cause.LOCAL_CLOSE
                || reason.cause() == SessionDown.Cause.PEER_CLOSE && reason.closeReason() == CloseReason.NO_EXPLANATION;
        if (orderly) {
            LOG.debug("{}: session {}: {}", peerAddress, wasUp ? "down" : "not established", reason);
        } else {
            LOG.info("{}: session {}: {}", peerAddress, wasUp ? "down" : "not established", reason);
        }
        try {
            if (wasUp) {
                listener.onDown(this, reason);
            } else {
                listener.onEstablishmentFailed(peerAddress, reason);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: listener onDown failed", peerAddress, e);
        }
    }

    // ---- internals ----

    private void refuse(SessionDown reason, ErrorCode error) {
        if (error != null) {
            ctx.write(PcErr.of(error.type(), error.value()));
        }
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        upFuture.completeExceptionally(new SessionFailedException(reason));
        listener.onEstablishmentFailed(peerAddress, reason);
    }

    private void release() {
        if (key != null) {
            registry.release(key, this);
            key = null;
        }
    }

    private void insertTls() {
        if (machine == null || machine.state() != SessionState.START_TLS_WAIT || config.tls().isEmpty()) {
            return;
        }
        SslHandler ssl;
        try {
            ssl = config.tls().get().newHandler(channel, config.role(), peerAddress);
        } catch (RuntimeException e) {
            machine.tlsFailed(e.toString(), config.ticker().nanoTime());
            return;
        }
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addAfter(PcepPipeline.SPLICE, PcepPipeline.TLS, ssl);
        ssl.handshakeFuture().addListener(f -> {
            long now = config.ticker().nanoTime();
            if (f.isSuccess()) {
                machine.tlsEstablished(now);
            } else {
                handshakeFailed = true;
                machine.tlsFailed(String.valueOf(f.cause()), now);
            }
            reschedule(now);
        });
        // TLS records the peer sent right behind its StartTLS (its ClientHello, when it read our
        // StartTLS before sending its own) wait in the paused decoder; they re-enter in front of
        // the TLS handler as a read burst of their own. The channelReadComplete matters: the
        // SslHandler flushes what it wrote while reading (the whole server flight answering a
        // ClientHello) only then, and no socket read follows to do it, so without it both ends
        // wait for each other until the handshake timeout.
        PcepDecoder decoder = (PcepDecoder) pipeline.get(PcepPipeline.DECODER);
        ByteBuf early = decoder.drainForTls(pipeline.context(PcepPipeline.DECODER));
        if (early.isReadable()) {
            ChannelHandlerContext splice = pipeline.context(PcepPipeline.SPLICE);
            splice.fireChannelRead(early);
            splice.fireChannelReadComplete();
        } else {
            early.release();
        }
    }

    private Splice splice() {
        return (Splice) channel.pipeline().get(PcepPipeline.SPLICE);
    }

    private void reschedule(long now) {
        if (machine == null) {
            return;
        }
        long delay = machine.nextDeadlineIn(now);
        if (delay == SessionTimers.NO_DEADLINE) {
            cancelCheck();
            return;
        }
        long deadline = now + delay;
        if (check != null && deadline - checkDeadline >= 0) {
            return; // the scheduled check comes first and will reschedule
        }
        cancelCheck();
        checkDeadline = deadline;
        check = ctx.executor().schedule(this::runCheck, delay, TimeUnit.NANOSECONDS);
    }

    private void runCheck() {
        check = null;
        long now = config.ticker().nanoTime();
        machine.tick(now);
        reschedule(now);
    }

    private void cancelCheck() {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }
}
