package org.pathwise.ted;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link TeSnapshot}: a new topology ({@link #create()}) or the next version of one
 * ({@link TeSnapshot#toBuilder()}). Not thread-safe; one writer at a time (see {@link TeDatabase}).
 *
 * <p>Duplicate ids and invalid attribute values are rejected as soon as they are added;
 * references between nodes and links are checked by {@link #build()}, so nodes and links may be
 * added in any order. Every error is a {@link TopologyException} naming the node or link.
 *
 * <p>Sharing: an update that only changes unreserved bandwidth copies that one flat column and the
 * pages of link records that hold the changed links ({@link LinkPages}); one that changes other
 * attributes of existing links without moving them keeps the nodes, the CSR adjacency and the id
 * maps; anything else rebuilds the arrays, copying what is unchanged from the previous version.
 * Removing a node removes its links.
 */
public final class TopologyBuilder {

    private final TeSnapshot base;
    /** Attribute-only edits of base links, by link index; used until the first structural change. */
    private final Map<Integer, Link> edited = new HashMap<>();
    /** Structural state; null until the first structural change (always present for a new topology). */
    private TopologyDraft draft;

    TopologyBuilder(TeSnapshot base) {
        this.base = base;
    }

    public static TopologyBuilder create() {
        TopologyBuilder b = new TopologyBuilder(null);
        b.draft = new TopologyDraft();
        return b;
    }

    public TopologyBuilder addNode(Node n) {
        materialise().addNode(n);
        return this;
    }

    /** Replaces the node with the same id (its links stay). */
    public TopologyBuilder replaceNode(Node n) {
        materialise().replaceNode(n);
        return this;
    }

    public TopologyBuilder addLink(Link l) {
        materialise().addLink(l);
        return this;
    }

    /** Adds {@code forward} and its mirror with id {@code forward.id() + "/r"} (see {@link Link#mirror}), paired. */
    public TopologyBuilder addBidirectional(Link forward) {
        return addBidirectional(forward, forward.mirror(forward.id() + "/r"));
    }

    /** Adds two directed links that are the two directions of one adjacency, paired as each other's reverse. */
    public TopologyBuilder addBidirectional(Link forward, Link backward) {
        if (!forward.from().equals(backward.to()) || !forward.to().equals(backward.from())) {
            throw new TopologyException("links '" + forward.id() + "' (" + forward.from() + "->" + forward.to() + ") and '"
                    + backward.id() + "' (" + backward.from() + "->" + backward.to() + ") are not two directions of one adjacency");
        }
        TopologyDraft d = materialise();
        for (Link l : new Link[] {forward, backward}) {
            if (d.hasLink(l.id())) {
                throw new TopologyException("duplicate link id '" + l.id() + "'");
            }
        }
        if (forward.id().equals(backward.id())) {
            throw new TopologyException("duplicate link id '" + forward.id() + "'");
        }
        d.pair(d.addLink(forward), d.addLink(backward));
        return this;
    }

    public TopologyBuilder removeLink(String id) {
        materialise().removeLink(id);
        return this;
    }

    /** Removes a node and every link to or from it. */
    public TopologyBuilder removeNode(String id) {
        materialise().removeNode(id);
        return this;
    }

    /** Replaces the link with the same id. Its reverse pairing survives if its endpoints did not change. */
    public TopologyBuilder replaceLink(Link l) {
        if (draft == null) {
            int index = base.linkIndex(l.id());
            if (index < 0) {
                throw new TopologyException("cannot replace link '" + l.id() + "': no such link");
            }
            Link old = base.link(index);
            if (old.from().equals(l.from()) && old.to().equals(l.to()) && Objects.equals(old.localAddress(), l.localAddress())) {
                edited.put(index, l);
                return this;
            }
        }
        materialise().replaceLink(l);
        return this;
    }

    /** Sets the unreserved bandwidth (bytes/s) of a link at priorities 0..7. */
    public TopologyBuilder setUnreservedBandwidth(String linkId, double[] perPriority) {
        Link current = currentLink(linkId);
        return replaceLink(current.withUnreservedBandwidth(perPriority));
    }

    /** The link with this id as this builder currently holds it, or an error if absent. */
    public Link currentLink(String id) {
        if (draft == null) {
            int index = base.linkIndex(id);
            if (index >= 0) {
                return edited.getOrDefault(index, base.link(index));
            }
        } else {
            Link l = draft.link(id);
            if (l != null) {
                return l;
            }
        }
        throw new TopologyException("no link '" + id + "'");
    }

    /** Validates and builds: version = previous + 1 (1 for a new topology). */
    public TeSnapshot build() {
        return buildVersion(base == null ? 1 : base.version() + 1);
    }

    TeSnapshot buildVersion(long version) {
        return draft == null ? buildFromEdits(version) : SnapshotAssembly.build(draft, version);
    }

    /** Only attributes of existing links changed: share nodes, adjacency and id maps. */
    private TeSnapshot buildFromEdits(long version) {
        if (edited.isEmpty()) {
            return base.withVersion(version);
        }
        Link[][] linkPages = base.linkPages().clone();
        boolean onlyUnreserved = true;
        for (Map.Entry<Integer, Link> e : edited.entrySet()) {
            int l = e.getKey();
            Link[] page = linkPages[l >>> LinkPages.SHIFT];
            if (page == base.linkPages()[l >>> LinkPages.SHIFT]) {
                page = page.clone();
                linkPages[l >>> LinkPages.SHIFT] = page;
            }
            Link old = page[l & LinkPages.MASK];
            Link now = e.getValue();
            onlyUnreserved &= now.withUnreservedBandwidth(old.unreservedBandwidth()).equals(old);
            page[l & LinkPages.MASK] = now;
        }
        LinkColumns columns;
        if (onlyUnreserved) {
            columns = base.columns().withUnreserved(edited);
        } else {
            Link[] linkArray = new Link[base.linkCount()];
            for (int p = 0; p < linkPages.length; p++) {
                System.arraycopy(linkPages[p], 0, linkArray, p << LinkPages.SHIFT, linkPages[p].length);
            }
            columns = LinkColumns.of(linkArray);
        }
        return new TeSnapshot(version, base.nodeTable(), base.nodeByAddress(), linkPages, base.linkIndexById(),
                base.adjacency(), columns);
    }

    /** Switches from attribute edits to full structural state: the base with the edits applied. */
    private TopologyDraft materialise() {
        if (draft == null) {
            draft = new TopologyDraft(base);
            for (Map.Entry<Integer, Link> e : edited.entrySet()) {
                draft.links[e.getKey()] = e.getValue();
            }
            edited.clear();
        }
        return draft;
    }
}
