package org.pathwise.pcep.codec;

import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;

/**
 * Thrown by parsers and grammars inside the codec to abandon a message; {@link
 * org.pathwise.pcep.PcepCodec} turns it into a {@link DecodeError} value, so it never reaches a
 * caller. No stack trace: it is control flow over bad input, not a bug report.
 */
public final class PcepDecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient ErrorCode code;
    final DecodeError.Kind kind;
    /** Absolute index into the frame, or -1 when not known. */
    final int index;
    final transient Rp request;
    final transient Srp stateRequest;

    PcepDecodeException(DecodeError.Kind kind, ErrorCode code, int index, String detail, Rp request, Srp stateRequest) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.index = index;
        this.request = request;
        this.stateRequest = stateRequest;
    }
}
