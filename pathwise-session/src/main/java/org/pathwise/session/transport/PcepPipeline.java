package org.pathwise.session.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.flush.FlushConsolidationHandler;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import org.pathwise.session.negotiation.SessionIds;

/**
 * The handlers of a PCEP channel, head to tail:
 * <pre>
 *   [hooks: MD5 / limits / capture]  splice  [tls, after StartTLS]  flush  decoder  encoder  session
 * </pre>
 * "splice" marks where the TLS handler goes, lets the bytes that followed StartTLS re-enter the
 * pipeline in front of it and, after a failed handshake, puts the session's PCErr on the wire in
 * the clear ({@link Splice}); "flush" batches the writes made while reading into one flush per
 * read burst. A flush made outside a read is done at once: replies from compute workers are
 * already batched per session by {@link SessionHandler}'s outbox, and deferring their flush to
 * yet another task of the loop (Netty's "consolidate when no read is in progress") only added a
 * task per reply (docs/sessions.md, "Threads").
 */
public final class PcepPipeline {
    private PcepPipeline() {}

    static final String SPLICE = "splice";
    static final String TLS = "tls";
    static final String FLUSH = "flush";
    static final String DECODER = "pcep-decoder";
    static final String ENCODER = "pcep-encoder";
    static final String SESSION = "pcep-session";

    private static final PcepEncoder ENCODER_INSTANCE = new PcepEncoder(PcepCodec.standard());

    static SessionHandler install(Channel channel, SessionConfig config, SessionListener listener,
            SessionRegistry registry, SessionIds ids, boolean initiatedLocally) {
        config.hooks().initChannel(channel, config.role());
        SessionHandler session = new SessionHandler(config, listener, registry, ids, initiatedLocally);
        ChannelPipeline p = channel.pipeline();
        p.addLast(SPLICE, new Splice());
        p.addLast(FLUSH, new FlushConsolidationHandler(FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES,
                false)); // a write from another thread (a worker's reply) is flushed at once
        p.addLast(DECODER, new PcepDecoder(PcepCodec.standard(), config.maxMessageSize()));
        p.addLast(ENCODER, ENCODER_INSTANCE);
        p.addLast(SESSION, session);
        return session;
    }
}
