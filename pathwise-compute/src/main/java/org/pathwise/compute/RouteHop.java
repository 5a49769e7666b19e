package org.pathwise.compute;

import java.util.Objects;

/**
 * One hop of an include route (PCEP IRO, RFC 5440 §7.12, hops in order). A NODE hop is a node id;
 * a LINK hop is a directed link id the path must traverse. A strict hop must follow the previous
 * hop (or the source) directly, over one link; a loose hop may be reached over any sub-path
 * (RFC 3209 §4.3.2 L bit).
 */
public record RouteHop(Kind kind, String id, boolean loose) {
    public enum Kind { NODE, LINK }

    public RouteHop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static RouteHop strictNode(String id) {
        return new RouteHop(Kind.NODE, id, false);
    }

    public static RouteHop looseNode(String id) {
        return new RouteHop(Kind.NODE, id, true);
    }

    public static RouteHop strictLink(String id) {
        return new RouteHop(Kind.LINK, id, false);
    }

    public static RouteHop looseLink(String id) {
        return new RouteHop(Kind.LINK, id, true);
    }
}
