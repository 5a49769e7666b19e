package org.pathwise.pcep.message;

import java.util.List;

/** PCInitiate (type 12; RFC 8281 §5.1): {@code <PCE-initiated-lsp-list>}. */
public record PcInitiate(List<LspInitiation> requests) implements Message {
    public PcInitiate {
        requests = List.copyOf(requests);
    }

    public static PcInitiate of(LspInitiation... requests) {
        return new PcInitiate(List.of(requests));
    }
}
