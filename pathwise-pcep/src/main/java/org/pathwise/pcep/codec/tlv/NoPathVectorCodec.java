package org.pathwise.pcep.codec.tlv;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.codec.BaseTlvCodec;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.tlv.NoPathVectorTlv;

/** NO-PATH-VECTOR, type 1 (RFC 5440 §7.5, bits from the IANA "NO-PATH-VECTOR TLV Flag Field"): Flags (32). */
public final class NoPathVectorCodec extends BaseTlvCodec<NoPathVectorTlv> {
    private static final int PCE_UNAVAILABLE = 0x01;    // RFC 5440
    private static final int UNKNOWN_DESTINATION = 0x02; // RFC 5440
    private static final int UNKNOWN_SOURCE = 0x04;      // RFC 5440
    private static final int BRPC_CHAIN = 0x08;          // RFC 5441
    private static final int PKS_EXPANSION = 0x10;       // RFC 5520
    private static final int NO_GCO_MIGRATION = 0x20;    // RFC 5557
    private static final int NO_GCO_SOLUTION = 0x40;     // RFC 5557
    private static final int P2MP_REACHABILITY = 0x80;   // RFC 8306
    private static final int NAMED = 0xff;

    public NoPathVectorCodec() {
        super(NoPathVectorTlv.class, "NO-PATH-VECTOR", 1);
    }

    @Override
    public NoPathVectorTlv parse(ByteBuf value, DecodeContext ctx) {
        int f = value.readInt();
        return new NoPathVectorTlv((f & PCE_UNAVAILABLE) != 0, (f & UNKNOWN_DESTINATION) != 0, (f & UNKNOWN_SOURCE) != 0,
                (f & BRPC_CHAIN) != 0, (f & PKS_EXPANSION) != 0, (f & NO_GCO_MIGRATION) != 0,
                (f & NO_GCO_SOLUTION) != 0, (f & P2MP_REACHABILITY) != 0, f & ~NAMED);
    }

    @Override
    public void writeValue(NoPathVectorTlv t, ByteBuf out, CodecRegistry registry) {
        out.writeInt((t.pceUnavailable() ? PCE_UNAVAILABLE : 0) | (t.unknownDestination() ? UNKNOWN_DESTINATION : 0)
                | (t.unknownSource() ? UNKNOWN_SOURCE : 0) | (t.brpcChainUnavailable() ? BRPC_CHAIN : 0)
                | (t.pathKeyExpansionFailure() ? PKS_EXPANSION : 0) | (t.noGcoMigrationPath() ? NO_GCO_MIGRATION : 0)
                | (t.noGcoSolution() ? NO_GCO_SOLUTION : 0) | (t.p2mpReachabilityProblem() ? P2MP_REACHABILITY : 0)
                | (t.unassignedFlags() & ~NAMED));
    }
}
