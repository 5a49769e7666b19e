package org.pathwise.pcep.codec.message;

import org.pathwise.pcep.codec.CodecRegistry;

/** Registers the message grammars of RFC 5440, 5886, 8231, 8281 and 8253. */
public final class MessageCodecs {
    private MessageCodecs() {}

    public static void registerAll(CodecRegistry.Builder b) {
        b.message(new OpenMessageCodec())
                .message(EmptyMessageCodec.keepalive())
                .message(new PcReqCodec())
                .message(new PcRepCodec())
                .message(new PcNtfCodec())
                .message(new PcErrCodec())
                .message(new CloseMessageCodec())
                .message(new MonitoringMessageCodecs.Request())
                .message(new MonitoringMessageCodecs.Reply())
                .message(new PcRptCodec())
                .message(new PcUpdCodec())
                .message(new PcInitiateCodec())
                .message(EmptyMessageCodec.startTls());
    }
}
