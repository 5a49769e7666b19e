package org.pathwise.pcep.message;

import java.util.List;

/** PCUpd (type 11; RFC 8231 §6.2): {@code <update-request-list>}. */
public record PcUpd(List<LspUpdate> updates) implements Message {
    public PcUpd {
        updates = List.copyOf(updates);
    }

    public static PcUpd of(LspUpdate... updates) {
        return new PcUpd(List.of(updates));
    }
}
