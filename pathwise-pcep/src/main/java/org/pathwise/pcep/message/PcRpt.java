package org.pathwise.pcep.message;

import java.util.List;

/** PCRpt (type 10; RFC 8231 §6.1): {@code <state-report-list>}. */
public record PcRpt(List<StateReport> reports) implements Message {
    public PcRpt {
        reports = List.copyOf(reports);
    }

    public static PcRpt of(StateReport... reports) {
        return new PcRpt(List.of(reports));
    }
}
