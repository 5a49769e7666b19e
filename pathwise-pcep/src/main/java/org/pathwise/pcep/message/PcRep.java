package org.pathwise.pcep.message;

import java.util.List;
import org.pathwise.pcep.object.PcepObject;

/**
 * PCRep (type 4; RFC 5440 §6.5, RFC 5886 §5): {@code [<svec-list>] <response-list>}.
 *
 * @param leading objects before the first RP (an svec-list, RFC 6007/5557)
 */
public record PcRep(List<PcepObject> leading, List<Response> responses) implements Message {
    public PcRep {
        leading = List.copyOf(leading);
        responses = List.copyOf(responses);
    }

    public static PcRep of(Response... responses) {
        return new PcRep(List.of(), List.of(responses));
    }
}
