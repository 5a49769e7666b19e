package org.pathwise.pcep.codec.message;

import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.Srp;

/**
 * Splits PCUpd and PCInitiate objects into {@code <SRP> <LSP> ...} groups: a group starts at each
 * SRP; an object before the first SRP means the SRP is missing (6/10); a group without LSP is 6/8
 * and, where the path is mandatory, one without ERO is 6/9 (RFC 8231 §6.2, RFC 8281 §5.1).
 */
final class SrpGroups {
    private SrpGroups() {}

    /** [from, to) index pairs of each group. */
    static List<int[]> split(ObjectList objects, DecodeContext ctx, String message) {
        if (objects.size() == 0 || !(objects.get(0) instanceof Srp)) {
            throw ctx.grammarError(PcepErrors.SRP_MISSING, objects.offset(0),
                    objects.size() == 0 ? message + " without any object" : message + " starts with "
                            + ctx.objectName(objects.get(0)) + " instead of SRP", null, null);
        }
        List<int[]> groups = new ArrayList<>(1);
        int start = 0;
        for (int i = 1; i <= objects.size(); i++) {
            if (i == objects.size() || objects.get(i) instanceof Srp) {
                groups.add(new int[] {start, i});
                start = i;
            }
        }
        return groups;
    }

    static void require(ObjectList objects, int[] group, boolean eroRequired, DecodeContext ctx) {
        boolean lsp = false;
        boolean ero = false;
        for (int i = group[0]; i < group[1]; i++) {
            lsp |= objects.get(i) instanceof Lsp;
            ero |= objects.get(i) instanceof Ero;
        }
        Srp srp = (Srp) objects.get(group[0]);
        if (!lsp) {
            throw ctx.grammarError(PcepErrors.LSP_MISSING, objects.offset(group[0]),
                    "request with SRP-ID " + srp.srpId() + " has no LSP object", null, srp);
        }
        if (eroRequired && !ero) {
            throw ctx.grammarError(PcepErrors.ERO_MISSING, objects.offset(group[0]),
                    "request with SRP-ID " + srp.srpId() + " has no ERO object", null, srp);
        }
    }
}
