package org.pathwise.pcep.message;

import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rro;
import org.pathwise.pcep.object.Srp;

/**
 * One {@code <state-report>} (RFC 8231 §6.1): {@code [<SRP>] <LSP> <path>},
 * {@code <path> ::= <intended-path> [<actual-attribute-list> <actual-path>] <intended-attribute-list>}.
 * Objects in wire order; the decoder guarantees exactly one LSP.
 */
public record StateReport(List<PcepObject> objects) implements ObjectGroup {
    public StateReport {
        objects = List.copyOf(objects);
    }

    public static StateReport of(PcepObject... objects) {
        return new StateReport(List.of(objects));
    }

    public Optional<Srp> srp() {
        return first(Srp.class);
    }

    public Lsp lsp() {
        return first(Lsp.class).orElseThrow();
    }

    /** The intended path. */
    public Optional<Ero> ero() {
        return first(Ero.class);
    }

    /** The actual path. */
    public Optional<Rro> rro() {
        return first(Rro.class);
    }
}
