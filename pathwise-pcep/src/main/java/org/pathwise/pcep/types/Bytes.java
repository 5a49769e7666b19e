package org.pathwise.pcep.types;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string: the body of an unknown object, TLV or sub-object, or an opaque field
 * (symbolic path name, speaker entity id). Equality is by content, so records holding it compare
 * by value.
 */
public final class Bytes {
    public static final Bytes EMPTY = new Bytes(new byte[0]);
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    public static Bytes of(byte... data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone());
    }

    public static Bytes ofUtf8(String text) {
        return new Bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Parses hex digits; whitespace and ':' separators are allowed. */
    public static Bytes fromHex(String hex) {
        String clean = hex.replaceAll("[\\s:]", "");
        return clean.isEmpty() ? EMPTY : new Bytes(HEX.parseHex(clean));
    }

    /** Reads {@code length} bytes from {@code in} (copying them). */
    public static Bytes read(ByteBuf in, int length) {
        if (length == 0) {
            return EMPTY;
        }
        byte[] b = new byte[length];
        in.readBytes(b);
        return new Bytes(b);
    }

    public int length() {
        return data.length;
    }

    public byte get(int index) {
        return data[index];
    }

    public byte[] toArray() {
        return data.clone();
    }

    public void writeTo(ByteBuf out) {
        out.writeBytes(data);
    }

    public String hex() {
        return HEX.formatHex(data);
    }

    /** The bytes as UTF-8 text (invalid sequences replaced). */
    public String utf8() {
        return new String(data, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return hex();
    }
}
