package org.pathwise.pcc.emulate;

import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.tlv.NoPathVectorTlv;

/** What became of one request, as the emulator counts it. */
public enum Outcome {
    /** A PCRep with a path. */
    PATH,
    /** A PCRep with NO-PATH: no path meets the constraints (RFC 5440 §7.5). */
    NO_PATH,
    /** NO-PATH with "PCE currently unavailable", or a PCNtf cancelling the request: the PCE shed it. */
    OVERLOADED,
    /** PCErr, a cancelled session, an unexpected message. */
    ERROR,
    /** No answer within the timeout. */
    TIMEOUT;

    /** The outcome of one response of a PCRep. */
    public static Outcome of(Response response) {
        NoPath noPath = response.noPath().orElse(null);
        if (noPath == null) {
            return response.paths().isEmpty() ? ERROR : PATH;
        }
        boolean unavailable = noPath.tlv(NoPathVectorTlv.class).map(NoPathVectorTlv::pceUnavailable).orElse(false);
        return unavailable ? OVERLOADED : NO_PATH;
    }

    /**
     * The outcome of a whole reply message: the worst of its responses (a disjoint pair counts as a
     * path only when both members got one).
     */
    public static Outcome of(Message reply) {
        return switch (reply) {
            case PcRep rep -> {
                Outcome worst = rep.responses().isEmpty() ? ERROR : PATH;
                for (Response r : rep.responses()) {
                    Outcome o = of(r);
                    if (o.ordinal() > worst.ordinal()) {
                        worst = o;
                    }
                }
                yield worst;
            }
            case PcNtf ntf -> OVERLOADED;
            case PcErr err -> ERROR;
            default -> ERROR;
        };
    }
}
