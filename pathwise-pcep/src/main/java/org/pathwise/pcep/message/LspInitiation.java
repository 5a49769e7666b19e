package org.pathwise.pcep.message;

import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Srp;

/**
 * One {@code <PCE-initiated-lsp-request>} (RFC 8281 §5.1): an instantiation
 * {@code <SRP> <LSP> [<END-POINTS>] <ERO> [<attribute-list>]} or a deletion {@code <SRP> <LSP>}
 * (SRP's R flag set). SRP first; the decoder guarantees an LSP.
 */
public record LspInitiation(List<PcepObject> objects) implements ObjectGroup {
    public LspInitiation {
        objects = List.copyOf(objects);
    }

    public static LspInitiation of(PcepObject... objects) {
        return new LspInitiation(List.of(objects));
    }

    public Srp srp() {
        return (Srp) objects.get(0);
    }

    public Lsp lsp() {
        return first(Lsp.class).orElseThrow();
    }

    public Optional<Ero> ero() {
        return first(Ero.class);
    }

    public boolean isDeletion() {
        return srp().remove();
    }
}
