package org.pathwise.pcep.message;

import java.util.List;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Srp;

/**
 * One {@code <update-request>} (RFC 8231 §6.2): {@code <SRP> <LSP> <path>},
 * {@code <path> ::= <intended-path> <intended-attribute-list>}. SRP first; the decoder guarantees
 * an LSP and an ERO.
 */
public record LspUpdate(List<PcepObject> objects) implements ObjectGroup {
    public LspUpdate {
        objects = List.copyOf(objects);
    }

    public static LspUpdate of(PcepObject... objects) {
        return new LspUpdate(List.of(objects));
    }

    public Srp srp() {
        return (Srp) objects.get(0);
    }

    public Lsp lsp() {
        return first(Lsp.class).orElseThrow();
    }

    public Ero ero() {
        return first(Ero.class).orElseThrow();
    }
}
