package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import java.util.List;
import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;
import org.pathwise.pcep.object.UnknownObject;
import org.pathwise.pcep.subobject.Subobject;
import org.pathwise.pcep.subobject.UnknownSubobject;
import org.pathwise.pcep.tlv.Tlv;
import org.pathwise.pcep.tlv.UnknownTlv;
import org.pathwise.pcep.types.Bytes;

/**
 * The state of decoding one message: the frame, the bounds of the part being parsed, and the last
 * RP/SRP seen, which an error inside a request refers to.
 *
 * <p>Parsers read the frame itself: entering an object, TLV or sub-object narrows the frame's
 * writer index to that part's end (and leaving restores it), so reading past a part's end throws,
 * which the codec reports as a malformed object, and no view or copy is allocated per part. Indices
 * stay absolute, so the reader index minus the message start is the offset an error reports.
 */
public final class DecodeContext {
    /** Objects hold TLVs, one TLV (PATH-SETUP-TYPE-CAPABILITY) holds sub-TLVs: 4 levels is ample. */
    private static final int MAX_DEPTH = 4;

    private final CodecRegistry registry;
    private final ByteBuf frame;
    private final int base;
    private final int messageType;
    /** How many parts (object, TLV, sub-object) are entered; each caller keeps the end it replaced. */
    private int depth;
    private Rp lastRp;
    private Srp lastSrp;
    private int currentObjectClass;

    DecodeContext(CodecRegistry registry, ByteBuf frame, int base, int messageType) {
        this.registry = registry;
        this.frame = frame;
        this.base = base;
        this.messageType = messageType;
    }

    public int messageType() {
        return messageType;
    }

    /** Narrows the frame to [start, end); returns the enclosing end, which {@link #exit} restores. */
    private int enter(int start, int end, int at) {
        if (depth == MAX_DEPTH) {
            throw malformedAt(at, "TLVs nested deeper than " + MAX_DEPTH + " levels");
        }
        depth++;
        int enclosingEnd = frame.writerIndex();
        frame.setIndex(start, end);
        return enclosingEnd;
    }

    /**
     * Leaves a part that must have been read completely; the reader index is then at its end. The
     * part's description is only assembled on error: this runs for every object, TLV and sub-object.
     */
    private void exit(int enclosingEnd, String codecName, String part) {
        if (frame.isReadable()) {
            throw malformedAt(frame.readerIndex(), codecName + " " + part + " has " + frame.readableBytes()
                    + " unexpected trailing bytes");
        }
        depth--;
        frame.writerIndex(enclosingEnd);
    }

    /** Offset from the message start of the deepest read in progress (for out-of-bounds reads). */
    int currentOffset() {
        return depth == 0 ? -1 : frame.readerIndex() - base;
    }

    // ---- objects -------------------------------------------------------------------------------

    ObjectList readObjects(int start, int end) {
        ObjectList list = new ObjectList(countObjects(start, end), end - base);
        int i = start;
        while (i < end) {
            if (end - i < 4) {
                throw malformedAt(i, (end - i) + " trailing bytes are too short for an object header");
            }
            int objectClass = frame.getUnsignedByte(i);
            int b1 = frame.getUnsignedByte(i + 1);
            int objectType = b1 >>> 4;
            ObjectFlags flags = ObjectFlags.of((b1 & 0x02) != 0, (b1 & 0x01) != 0);
            int length = frame.getUnsignedShort(i + 2);
            if (length < 4) {
                throw malformedAt(i + 2, "object length " + length + " is less than its 4-byte header");
            }
            if ((length & 3) != 0) {
                throw malformedAt(i + 2, "object length " + length + " is not a multiple of 4");
            }
            if (length > end - i) {
                throw malformedAt(i + 2, "object length " + length + " runs past the end of the message ("
                        + (end - i) + " bytes left)");
            }
            PcepObject object = readObject(objectClass, objectType, flags, i, length);
            if (object instanceof Rp rp) {
                lastRp = rp;
            } else if (object instanceof Srp srp) {
                lastSrp = srp;
            }
            list.add(object, i - base);
            i += length;
        }
        return list;
    }

    /**
     * How many times {@link #readObjects}' loop will run, by walking the Object-Length fields, so
     * the list is allocated at its final size. Stops where the loop would reject a header.
     */
    private int countObjects(int start, int end) {
        int n = 0;
        for (int i = start; i < end; n++) {
            int length = end - i < 4 ? 0 : frame.getUnsignedShort(i + 2);
            if (length < 4) {
                return n + 1;
            }
            i += length;
        }
        return n;
    }

    private PcepObject readObject(int objectClass, int objectType, ObjectFlags flags, int at, int length) {
        ObjectCodec<?> codec = registry.objectCodec(objectClass, objectType);
        if (codec == null) {
            // RFC 5440 §7.2: an unknown object with P set cannot be honoured → PCErr 3/1 or 3/2;
            // with P clear it may be ignored, and is kept raw so it survives a round trip.
            if (flags.processingRule()) {
                boolean knownClass = registry.isKnownClass(objectClass);
                throw error(knownClass ? PcepErrors.UNRECOGNIZED_OBJECT_TYPE : PcepErrors.UNRECOGNIZED_OBJECT_CLASS,
                        at - base, (knownClass ? "unknown type " + objectType + " of object class " + objectClass
                                : "unknown object class " + objectClass) + " with the P flag set");
            }
            frame.readerIndex(at + 4);
            return new UnknownObject(flags, objectClass, objectType, Bytes.read(frame, length - 4));
        }
        currentObjectClass = objectClass;
        int enclosingEnd = enter(at + 4, at + length, at);
        PcepObject object = codec.parse(flags, objectType, frame, this);
        exit(enclosingEnd, codec.name(), "object");
        return object;
    }

    // ---- TLVs ----------------------------------------------------------------------------------

    /** Reads TLVs from the rest of {@code in} (RFC 5440 §7.1: 4-byte header, value padded to 4). */
    public List<Tlv> readTlvs(ByteBuf in) {
        if (!in.isReadable()) {
            return List.of();
        }
        Object[] out = new Object[countTlvs(in)];
        int n = 0;
        while (in.isReadable()) {
            int at = in.readerIndex();
            if (in.readableBytes() < 4) {
                throw malformedAt(at, in.readableBytes() + " trailing bytes are too short for a TLV header");
            }
            int type = in.readUnsignedShort();
            int length = in.readUnsignedShort();
            int padded = (length + 3) & ~3;
            if (padded > in.readableBytes()) {
                throw malformedAt(at + 2, "TLV type " + type + " of length " + length
                        + " runs past its object (" + in.readableBytes() + " bytes left)");
            }
            TlvCodec<?> codec = registry.tlvCodec(type);
            if (codec == null) {
                out[n++] = new UnknownTlv(type, Bytes.read(in, length));
            } else {
                int enclosingEnd = enter(in.readerIndex(), in.readerIndex() + length, at);
                out[n++] = codec.parse(frame, this);
                exit(enclosingEnd, codec.name(), "TLV");
            }
            in.skipBytes(padded - length);
        }
        return immutable(out);
    }

    /** How many times {@link #readTlvs}' loop will run, by walking the Length fields. */
    private static int countTlvs(ByteBuf in) {
        int n = 0;
        for (int i = in.readerIndex(), end = in.writerIndex(); i < end; n++) {
            if (end - i < 4) {
                return n + 1;
            }
            i += 4 + ((in.getUnsignedShort(i + 2) + 3) & ~3);
        }
        return n;
    }

    // ---- sub-objects ---------------------------------------------------------------------------

    /** Reads ERO/RRO/IRO/XRO sub-objects from the rest of {@code in} (RFC 3209 §4.3.3). */
    public List<Subobject> readSubobjects(ByteBuf in) {
        if (!in.isReadable()) {
            return List.of();
        }
        Object[] out = new Object[countSubobjects(in)];
        int n = 0;
        while (in.isReadable()) {
            int at = in.readerIndex();
            if (in.readableBytes() < 2) {
                throw malformedAt(at, "truncated sub-object: 1 byte left");
            }
            int b0 = in.readUnsignedByte();
            boolean loose = (b0 & 0x80) != 0;
            int type = b0 & 0x7f;
            int length = in.readUnsignedByte();
            if (length < 2) {
                throw malformedAt(at + 1, "sub-object type " + type + " has length " + length + " (minimum 2)");
            }
            if (length - 2 > in.readableBytes()) {
                throw malformedAt(at + 1, "truncated sub-object: type " + type + " of length " + length
                        + " runs past its object (" + (in.readableBytes() + 2) + " bytes left)");
            }
            SubobjectCodec<?> codec = registry.subobjectCodec(type);
            if (codec == null) {
                out[n++] = new UnknownSubobject(loose, type, Bytes.read(in, length - 2));
            } else {
                int enclosingEnd = enter(in.readerIndex(), in.readerIndex() + length - 2, at);
                out[n++] = codec.parse(loose, type, frame, this);
                exit(enclosingEnd, codec.name(), "sub-object");
            }
        }
        return immutable(out);
    }

    /** How many times {@link #readSubobjects}' loop will run, by walking the Length fields. */
    private static int countSubobjects(ByteBuf in) {
        int n = 0;
        for (int i = in.readerIndex(), end = in.writerIndex(); i < end; n++) {
            int length = end - i < 2 ? 0 : in.getUnsignedByte(i + 1);
            if (length < 2) {
                return n + 1;
            }
            i += length;
        }
        return n;
    }

    /** The immutable list of a filled, exactly sized array (List.of copies it once more). */
    @SuppressWarnings("unchecked")
    private static <T> List<T> immutable(Object[] items) {
        return switch (items.length) {
            case 1 -> List.of((T) items[0]);
            case 2 -> List.of((T) items[0], (T) items[1]);
            default -> (List<T>) List.of(items);
        };
    }

    /** The IANA name of an object's class, for error details. */
    public String objectName(PcepObject object) {
        if (object instanceof UnknownObject u) {
            return "unknown (class " + u.objectClass() + ")";
        }
        ObjectCodec<?> codec = registry.objectCodec(object);
        return codec == null ? object.getClass().getSimpleName() : codec.name();
    }

    // ---- errors --------------------------------------------------------------------------------

    /** A malformed-object error (10/11, RFC 8408) at the reader index of {@code at}. */
    public PcepDecodeException malformed(ByteBuf at, String detail) {
        return malformedAt(at.readerIndex(), detail);
    }

    PcepDecodeException malformedAt(int absoluteIndex, String detail) {
        return new PcepDecodeException(DecodeError.Kind.PROTOCOL_ERROR, PcepErrors.MALFORMED_OBJECT, absoluteIndex - base,
                detail, lastRp, lastSrp);
    }

    /** A protocol error at an absolute index of the frame (a view's reader index), concerning the last RP/SRP read. */
    public PcepDecodeException errorAt(ErrorCode code, int absoluteIndex, String detail) {
        return new PcepDecodeException(DecodeError.Kind.PROTOCOL_ERROR, code, absoluteIndex - base, detail, lastRp, lastSrp);
    }

    /** The class of the object being parsed (sub-object rules differ between ERO and RRO). */
    public int currentObjectClass() {
        return currentObjectClass;
    }

    /** A protocol error at an offset from the message start, concerning the last RP/SRP read. */
    public PcepDecodeException error(ErrorCode code, int offset, String detail) {
        return new PcepDecodeException(DecodeError.Kind.PROTOCOL_ERROR, code, offset, detail, lastRp, lastSrp);
    }

    /** A grammar error concerning a specific request or stateful request (either may be null). */
    public PcepDecodeException grammarError(ErrorCode code, int offset, String detail, Rp request, Srp stateRequest) {
        return new PcepDecodeException(DecodeError.Kind.PROTOCOL_ERROR, code, offset, detail, request, stateRequest);
    }
}
