package org.pathwise.pcep;

import static org.assertj.core.api.Assertions.assertThat;

import org.pathwise.pcep.message.Message;

/** Decode/encode helpers shared by the codec tests. */
public final class CodecAssertions {
    public static final PcepCodec CODEC = PcepCodec.standard();

    private CodecAssertions() {}

    public static Message decode(byte[] wire) {
        DecodeResult r = CODEC.decode(wire);
        if (r instanceof DecodeResult.Failed f) {
            throw new AssertionError("decode of " + Hex.hex(wire) + " failed: " + f.error());
        }
        return ((DecodeResult.Decoded) r).message();
    }

    public static DecodeError decodeError(byte[] wire) {
        DecodeResult r = CODEC.decode(wire);
        assertThat(r).as("decode of %s", Hex.hex(wire)).isInstanceOf(DecodeResult.Failed.class);
        return ((DecodeResult.Failed) r).error();
    }

    /** Decodes, checks the model, re-encodes and checks the bytes are identical. */
    public static <M extends Message> M roundTrip(byte[] wire, M expected) {
        Message decoded = decode(wire);
        assertThat(decoded).isEqualTo(expected);
        assertThat(Hex.hex(CODEC.encode(expected))).isEqualTo(Hex.hex(wire));
        return expected;
    }

    /** Decode → encode reproduces the bytes. */
    public static Message bytesRoundTrip(byte[] wire) {
        Message decoded = decode(wire);
        assertThat(Hex.hex(CODEC.encode(decoded))).isEqualTo(Hex.hex(wire));
        return decoded;
    }
}
