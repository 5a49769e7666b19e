package org.pathwise.server.translate;

import java.util.Objects;
import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.object.Rp;

/** What checking one PCReq request gives: a request ready to queue, or the PCErr to answer. */
public sealed interface Parsing {

    record Accepted(ParsedRequest request) implements Parsing {
        public Accepted {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The request breaks a protocol rule: answer PCErr {@code error} naming {@code rp}
     * (RFC 5440 §6.7 {@code <request-id-list>}).
     */
    record Rejected(Rp rp, ErrorCode error, String detail) implements Parsing {
        public Rejected {
            Objects.requireNonNull(rp, "rp");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
