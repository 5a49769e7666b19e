package org.pathwise.pcep;

import java.util.Optional;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;

/**
 * Why a message could not be decoded, with what the session must send back.
 *
 * @param kind how the session should react (PCErr, count an unknown message, or close)
 * @param errorType PCEP-ERROR Error-Type to send, 0 when no PCErr applies
 * @param errorValue PCEP-ERROR Error-value to send
 * @param offset byte offset of the offending field from the start of the message
 * @param detail what was wrong, for logs and {@code pathwise pcep decode}
 * @param messageType the message type from the common header, 0 when not even that was readable
 * @param request the RP of the request the error concerns (grammar errors in PCReq/PCRep)
 * @param stateRequest the SRP of the stateful request the error concerns (PCUpd/PCInitiate/PCRpt)
 */
public record DecodeError(Kind kind, int errorType, int errorValue, int offset, String detail, int messageType,
        Optional<Rp> request, Optional<Srp> stateRequest) {

    public enum Kind {
        /** Send PCErr with errorType/errorValue (and the concerned RP/SRP); the session stays up. */
        PROTOCOL_ERROR,
        /**
         * An unrecognized message type. RFC 5440 defines no PCErr for it: the session counts it
         * and closes with reason 5 when there are too many (RFC 5440 §7.17).
         */
        UNKNOWN_MESSAGE,
        /**
         * The common header is unusable (wrong version, length disagreeing with the frame): the
         * byte stream cannot be trusted, close with reason 3 (RFC 5440 §7.17), after PCErr 1/8
         * for a wrong version.
         */
        MALFORMED_MESSAGE
    }

    /** Whether the session must be closed (CLOSE reason {@link #closeReason()}). */
    public boolean closeSession() {
        return kind == Kind.MALFORMED_MESSAGE;
    }

    /** The CLOSE reason to send when {@link #closeSession()}. */
    public int closeReason() {
        return CloseReason.MALFORMED_MESSAGE;
    }

    public ErrorCode code() {
        return PcepErrors.lookup(errorType, errorValue);
    }

    @Override
    public String toString() {
        return "PCEP decode error " + errorType + "/" + errorValue + " at byte " + offset + ": " + detail;
    }
}
