package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import java.util.function.Supplier;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.StartTls;

/**
 * Messages that are the common header alone: Keepalive (RFC 5440 §6.3) and StartTLS (RFC 8253
 * §3.3). Objects a peer appends anyway are ignored, as RFC 5440 §7.2 lets a receiver ignore what it
 * does not expect.
 */
final class EmptyMessageCodec<M extends Message> extends BaseMessageCodec<M> {
    private final Supplier<M> instance;

    private EmptyMessageCodec(Class<M> type, String name, int messageType, Supplier<M> instance) {
        super(type, name, messageType);
        this.instance = instance;
    }

    static EmptyMessageCodec<Keepalive> keepalive() {
        return new EmptyMessageCodec<>(Keepalive.class, "Keepalive", 2, () -> Keepalive.INSTANCE);
    }

    static EmptyMessageCodec<StartTls> startTls() {
        return new EmptyMessageCodec<>(StartTls.class, "StartTLS", 13, () -> StartTls.INSTANCE);
    }

    @Override
    public M build(ObjectList objects, DecodeContext ctx) {
        return instance.get();
    }

    @Override
    public void writeObjects(M message, ByteBuf out, CodecRegistry registry) {
        // header only
    }
}
