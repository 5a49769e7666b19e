package org.pathwise.session.fsm;

import java.util.HexFormat;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Message;

/** Test messages as the wire carries them. */
final class Wire {
    private Wire() {}

    static final PcepCodec CODEC = PcepCodec.standard();

    /** FRR 8.4.4 pathd's Open (INTEROP.md): keepalive 30, dead 120, SID 0, stateful U+I, PST SR, MSD 4. */
    static final String FRR_OPEN = "2001002801100024201e78000010000400000005002200100000000101000000001a000400000004";

    static DecodeResult decode(String hex) {
        return CODEC.decode(HexFormat.of().parseHex(hex.replaceAll("\\s", "")));
    }

    static DecodeResult decoded(Message m) {
        return new DecodeResult.Decoded(m);
    }

    static String hex(Message m) {
        return HexFormat.of().formatHex(CODEC.encode(m));
    }
}
