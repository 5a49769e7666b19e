package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.pcep.PcepFrame;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.UnknownObject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.subobject.UnknownSubobject;
import org.pathwise.pcep.tlv.Tlv;
import org.pathwise.pcep.tlv.UnknownTlv;

/**
 * The number-keyed parsers and type-keyed serializers of messages, objects, TLVs and sub-objects.
 * Immutable once built, so one instance is shared by every session and thread. An extension is a
 * registration on the {@link Builder}.
 */
public final class CodecRegistry {
    private final MessageCodec<?>[] messages;
    private final ObjectCodec<?>[] objects;
    private final boolean[] knownClasses;
    /** By TLV type: the whole 16-bit space, so a lookup is one array load. */
    private final TlvCodec<?>[] tlvs;
    private final SubobjectCodec<?>[] subobjects;
    private final TypeTable<MessageCodec<?>> messagesByType;
    private final TypeTable<ObjectCodec<?>> objectsByType;
    private final TypeTable<TlvCodec<?>> tlvsByType;
    private final TypeTable<SubobjectCodec<?>> subobjectsByType;

    private CodecRegistry(Builder b) {
        messages = b.messages;
        objects = b.objects;
        knownClasses = b.knownClasses;
        tlvs = b.tlvs;
        subobjects = b.subobjects;
        messagesByType = new TypeTable<>(b.messagesByType);
        objectsByType = new TypeTable<>(b.objectsByType);
        tlvsByType = new TypeTable<>(b.tlvsByType);
        subobjectsByType = new TypeTable<>(b.subobjectsByType);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- lookups -------------------------------------------------------------------------------

    public MessageCodec<?> messageCodec(int type) {
        return messages[type & 0xff];
    }

    public MessageCodec<?> messageCodec(Message message) {
        return messagesByType.get(message.getClass());
    }

    public ObjectCodec<?> objectCodec(int objectClass, int objectType) {
        return objects[(objectClass & 0xff) << 4 | (objectType & 0xf)];
    }

    public ObjectCodec<?> objectCodec(PcepObject object) {
        return objectsByType.get(object.getClass());
    }

    /** Whether some type of this object class is registered (decides 3/1 versus 3/2). */
    public boolean isKnownClass(int objectClass) {
        return knownClasses[objectClass & 0xff];
    }

    public TlvCodec<?> tlvCodec(int type) {
        return tlvs[type & 0xffff];
    }

    public TlvCodec<?> tlvCodec(Tlv tlv) {
        return tlvsByType.get(tlv.getClass());
    }

    public SubobjectCodec<?> subobjectCodec(int type) {
        return subobjects[type & 0x7f];
    }

    public SubobjectCodec<?> subobjectCodec(Subobject subobject) {
        return subobjectsByType.get(subobject.getClass());
    }

    // ---- writing -------------------------------------------------------------------------------

    /** Writes a whole message: common header, objects, back-patched length. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void writeMessage(Message message, ByteBuf out) {
        MessageCodec codec = messageCodec(message);
        if (codec == null) {
            throw new IllegalArgumentException("no codec registered for " + message.getClass().getName());
        }
        int start = out.writerIndex();
        out.writeByte(PcepFrame.VERSION << 5); // Ver (3 bits) = 1, Flags (5 bits) = 0
        out.writeByte(codec.messageType());
        out.writeShort(0); // Message-Length, back-patched below
        codec.writeObjects(message, out, this);
        int length = out.writerIndex() - start;
        if (length > PcepFrame.MAX_MESSAGE_LENGTH) {
            out.writerIndex(start);
            throw new IllegalArgumentException(codec.name() + " message of " + length + " bytes exceeds the 65535-byte maximum");
        }
        out.setShort(start + 2, length);
    }

    /** Writes one object: common object header (RFC 5440 §7.2), body, back-patched length. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void writeObject(PcepObject object, ByteBuf out) {
        int start = out.writerIndex();
        ObjectFlags flags = object.flags();
        int pi = (flags.processingRule() ? 0x02 : 0) | (flags.ignore() ? 0x01 : 0);
        if (object instanceof UnknownObject u) {
            out.writeByte(u.objectClass());
            out.writeByte((u.objectType() & 0xf) << 4 | pi);
            out.writeShort(0);
            u.body().writeTo(out);
        } else {
            ObjectCodec codec = objectCodec(object);
            if (codec == null) {
                throw new IllegalArgumentException("no codec registered for " + object.getClass().getName());
            }
            out.writeByte(codec.objectClass());
            out.writeByte((codec.objectType(object) & 0xf) << 4 | pi); // OT (4) | Res (2) | P | I
            out.writeShort(0);
            codec.writeBody(object, out, this);
        }
        Wire.pad4(out, start); // object lengths are multiples of 4
        int length = out.writerIndex() - start;
        if (length > PcepFrame.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("object of " + length + " bytes exceeds the 16-bit length field");
        }
        out.setShort(start + 2, length);
    }

    /** Writes TLVs: Type, Length (of the value, without padding), value, zero padding to 4. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void writeTlvs(List<Tlv> list, ByteBuf out) {
        for (int i = 0; i < list.size(); i++) {
            Tlv tlv = list.get(i);
            int start = out.writerIndex();
            out.writeInt(0); // Type and Length, back-patched below
            int type;
            if (tlv instanceof UnknownTlv u) {
                type = u.type();
                u.value().writeTo(out);
            } else {
                TlvCodec codec = tlvCodec(tlv);
                if (codec == null) {
                    throw new IllegalArgumentException("no codec registered for " + tlv.getClass().getName());
                }
                type = codec.type();
                codec.writeValue(tlv, out, this);
            }
            int length = out.writerIndex() - start - 4;
            if (length > 0xffff) {
                throw new IllegalArgumentException("TLV type " + type + " value of " + length + " bytes is too long");
            }
            out.setShort(start, type);
            out.setShort(start + 2, length);
            Wire.pad4(out, start);
        }
    }

    /** Writes sub-objects: L|Type, Length (including the 2-byte header), body. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void writeSubobjects(List<Subobject> list, ByteBuf out) {
        // The hops of a route are nearly always of one type: look its codec up once per run.
        Class<?> lastType = null;
        SubobjectCodec codec = null;
        for (int i = 0; i < list.size(); i++) {
            Subobject s = list.get(i);
            int start = out.writerIndex();
            int type;
            out.writeShort(0);
            if (s instanceof UnknownSubobject u) {
                type = u.type();
                u.body().writeTo(out);
            } else {
                if (s.getClass() != lastType) {
                    lastType = s.getClass();
                    codec = subobjectsByType.get(lastType);
                }
                if (codec == null) {
                    throw new IllegalArgumentException("no codec registered for " + s.getClass().getName());
                }
                type = codec.type(s);
                codec.writeBody(s, out);
            }
            int length = out.writerIndex() - start;
            if (length > 255 || (length & 3) != 0) {
                // RFC 3209 §4.3.3: at least 4 and a multiple of 4, or the object's padding reads as a sub-object.
                throw new IllegalArgumentException("sub-object type " + type + " of " + length
                        + " bytes: the length must be a multiple of 4, at most 252");
            }
            out.setByte(start, (s.loose() ? 0x80 : 0) | (type & 0x7f));
            out.setByte(start + 1, length);
        }
    }

    // ---- building ------------------------------------------------------------------------------

    /** Collects registrations; {@link #build()} freezes them. Later registrations replace earlier ones. */
    public static final class Builder {
        private final MessageCodec<?>[] messages = new MessageCodec<?>[256];
        private final ObjectCodec<?>[] objects = new ObjectCodec<?>[256 * 16];
        private final boolean[] knownClasses = new boolean[256];
        private final TlvCodec<?>[] tlvs = new TlvCodec<?>[65536];
        private final SubobjectCodec<?>[] subobjects = new SubobjectCodec<?>[128];
        private final Map<Class<?>, MessageCodec<?>> messagesByType = new HashMap<>();
        private final Map<Class<?>, ObjectCodec<?>> objectsByType = new HashMap<>();
        private final Map<Class<?>, TlvCodec<?>> tlvsByType = new HashMap<>();
        private final Map<Class<?>, SubobjectCodec<?>> subobjectsByType = new HashMap<>();
        private boolean built;

        public Builder message(MessageCodec<?> codec) {
            check();
            messages[codec.messageType()] = codec;
            messagesByType.put(codec.modelType(), codec);
            return this;
        }

        public Builder object(ObjectCodec<?> codec) {
            check();
            for (int type : codec.objectTypes()) {
                objects[codec.objectClass() << 4 | type] = codec;
            }
            knownClasses[codec.objectClass()] = true;
            objectsByType.put(codec.modelType(), codec);
            return this;
        }

        public Builder tlv(TlvCodec<?> codec) {
            check();
            tlvs[codec.type()] = codec;
            tlvsByType.put(codec.modelType(), codec);
            return this;
        }

        public Builder subobject(SubobjectCodec<?> codec) {
            check();
            for (int type : codec.types()) {
                subobjects[type] = codec;
            }
            subobjectsByType.put(codec.modelType(), codec);
            return this;
        }

        public CodecRegistry build() {
            check();
            built = true;
            return new CodecRegistry(this);
        }

        private void check() {
            if (built) {
                throw new IllegalStateException("registry already built");
            }
        }
    }
}
