package org.pathwise.pcep.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;

/**
 * One {@code <response>} of a PCRep (RFC 5440 §6.5, RFC 5886 §5):
 * {@code <RP> [<MONITORING>] [<PCC-REQ-ID>] [<NO-PATH>] [<attribute-list>] [<path-list>]
 * [<metric-pce-list>]}, {@code <path> ::= <ERO> <attribute-list>}. Objects in wire order, RP first.
 */
public record Response(List<PcepObject> objects) implements ObjectGroup {
    public Response {
        objects = List.copyOf(objects);
    }

    public static Response of(PcepObject... objects) {
        return new Response(List.of(objects));
    }

    public Rp rp() {
        return (Rp) objects.get(0);
    }

    public Optional<NoPath> noPath() {
        return first(NoPath.class);
    }

    /** The computed paths: each ERO with the attribute objects that follow it. */
    public List<Path> paths() {
        List<Path> paths = new ArrayList<>(1);
        int start = -1;
        for (int i = 1; i <= objects.size(); i++) {
            if (i == objects.size() || objects.get(i) instanceof Ero) {
                if (start >= 0) {
                    paths.add(new Path((Ero) objects.get(start), objects.subList(start + 1, i)));
                }
                start = i;
            }
        }
        return paths;
    }

    /** A {@code <path>}: the ERO and its attribute-list. */
    public record Path(Ero ero, List<PcepObject> attributes) implements ObjectGroup {
        public Path {
            attributes = List.copyOf(attributes);
        }

        @Override
        public List<PcepObject> objects() {
            return attributes;
        }
    }
}
