package org.pathwise.server;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.tlv.SrPceCapabilityTlv;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.capability.NegotiatedCapabilities;

/**
 * Plugs a {@link PceServer} into pathwise-session: pass it as the {@link SessionListener} of
 * {@code PcepServer.start(...)}. Each Up session becomes a {@link PeerSession} whose capabilities
 * come from the Open exchange (SR-MPLS negotiated, the PCC's MSD).
 */
public final class SessionBridge implements SessionListener {
    private static final BiConsumer<PcepSession, Message> NOBODY = (session, message) -> { };

    private final PceServer server;
    private final BiConsumer<PcepSession, Message> sent;
    private final ConcurrentHashMap<PcepSession, Peer> peers = new ConcurrentHashMap<>();

    public SessionBridge(PceServer server) {
        this(server, NOBODY);
    }

    /**
     * Also tells {@code sent} about every message the server hands to a session (PCRep, PCNtf,
     * PCErr), on the sending thread (a worker or an I/O thread): it must return at once.
     * {@code pathwise serve --messages} prints them.
     */
    public SessionBridge(PceServer server, BiConsumer<PcepSession, Message> sent) {
        this.server = server;
        this.sent = sent;
    }

    @Override
    public void onUp(PcepSession session) {
        server.sessionUp(peers.computeIfAbsent(session, this::peer));
    }

    @Override
    public void onMessage(PcepSession session, Message message, long receivedNanos) {
        server.message(peers.computeIfAbsent(session, this::peer), message, receivedNanos);
    }

    @Override
    public void onDown(PcepSession session, SessionDown reason) {
        Peer peer = peers.remove(session);
        if (peer != null) {
            server.sessionDown(peer);
        }
    }

    /** What the session negotiated, as the computation needs it. */
    static PeerCapabilities capabilities(NegotiatedCapabilities n) {
        if (!n.srMpls()) {
            return PeerCapabilities.RSVP_ONLY;
        }
        SrPceCapabilityTlv sr = n.peer().srCapability().orElse(null);
        // RFC 8664 §4.1.2: X set means no MSD limit; an MSD of 0 says nothing usable, so no limit
        // is assumed from it either (the server's sr.defaultMsd applies only when SR is not negotiated).
        if (sr == null || sr.unlimitedMsd() || sr.maxSidDepth() == 0) {
            return new PeerCapabilities(true, PeerCapabilities.UNLIMITED_MSD);
        }
        return PeerCapabilities.sr(sr.maxSidDepth());
    }

    private Peer peer(PcepSession session) {
        return new Peer(session, sent);
    }

    private static final class Peer implements PeerSession {
        private final PcepSession session;
        private final BiConsumer<PcepSession, Message> sent;
        private volatile PeerCapabilities capabilities;

        Peer(PcepSession session, BiConsumer<PcepSession, Message> sent) {
            this.session = session;
            this.sent = sent;
        }

        @Override
        public void send(Message message) {
            session.send(message);
            sent.accept(session, message);
        }

        @Override
        public void send(Message message, Runnable written) {
            session.send(message, written);
            sent.accept(session, message);
        }

        @Override
        public boolean isOpen() {
            return session.isUp();
        }

        /**
         * Nothing to do: the session checks every cancellation against its own book of pending
         * requests and already answered PCErr 8 for the ids it does not hold; an id the server no
         * longer holds but the session still does is one whose reply is on its way to the PCC.
         */
        @Override
        public void unknownRequests(List<Rp> requests) {
        }

        @Override
        public PeerCapabilities capabilities() {
            PeerCapabilities c = capabilities;
            if (c == null) {
                c = session.negotiated() == null ? PeerCapabilities.RSVP_ONLY
                        : SessionBridge.capabilities(session.negotiated().capabilities());
                capabilities = c;
            }
            return c;
        }

        @Override
        public String name() {
            return String.valueOf(session.peerAddress());
        }
    }
}
