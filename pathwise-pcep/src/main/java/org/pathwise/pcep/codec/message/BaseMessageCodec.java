package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import java.util.List;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.MessageCodec;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.object.PcepObject;

/** Registration data of a message codec and the helper that writes a run of objects. */
abstract class BaseMessageCodec<M extends Message> implements MessageCodec<M> {
    private final Class<M> modelType;
    private final String name;
    private final int messageType;

    BaseMessageCodec(Class<M> modelType, String name, int messageType) {
        this.modelType = modelType;
        this.name = name;
        this.messageType = messageType;
    }

    @Override
    public Class<M> modelType() {
        return modelType;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int messageType() {
        return messageType;
    }

    static void writeAll(List<? extends PcepObject> objects, ByteBuf out, CodecRegistry registry) {
        for (int i = 0; i < objects.size(); i++) {
            registry.writeObject(objects.get(i), out);
        }
    }
}
