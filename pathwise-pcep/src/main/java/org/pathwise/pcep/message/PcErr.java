package org.pathwise.pcep.message;

import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Srp;

/**
 * PCErr (type 6; RFC 5440 §6.7, RFC 8231 §6.3):
 * {@code ( <error-obj-list> [<Open>] ) | ( <error> [<error-list>] )},
 * {@code <error> ::= [<request-id-list> | <stateful-request-id-list>] <error-obj-list>}.
 *
 * @param errors the error blocks in order
 * @param open the counter-proposed session parameters (only with a single block and no request
 *     ids, during session establishment), or null
 */
public record PcErr(List<ErrorBlock> errors, OpenObject open) implements Message {
    public PcErr {
        errors = List.copyOf(errors);
    }

    /** A PCErr with one error and nothing else: the common case. */
    public static PcErr of(int errorType, int errorValue) {
        return new PcErr(List.of(new ErrorBlock(List.of(), List.of(), List.of(PcepError.of(errorType, errorValue)))), null);
    }

    public Optional<OpenObject> openProposal() {
        return Optional.ofNullable(open);
    }

    /**
     * One {@code <error>}: the requests (RP) or stateful requests (SRP) it concerns and the errors.
     */
    public record ErrorBlock(List<Rp> requests, List<Srp> stateRequests, List<PcepError> errors) {
        public ErrorBlock {
            requests = List.copyOf(requests);
            stateRequests = List.copyOf(stateRequests);
            errors = List.copyOf(errors);
        }
    }
}
