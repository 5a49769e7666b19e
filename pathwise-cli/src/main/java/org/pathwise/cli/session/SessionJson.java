package org.pathwise.cli.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.time.Instant;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.json.PcepJson;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.session.Negotiated;
import org.pathwise.session.SessionDown;
import org.pathwise.session.capability.NegotiatedCapabilities;

/** Session events as JSON lines: what {@code serve} and {@code pcc session} print. */
final class SessionJson {
    private final PcepJson pcep = new PcepJson(PcepCodec.standard());

    ObjectNode event(String kind, InetSocketAddress peer) {
        ObjectNode n = pcep.mapper().createObjectNode();
        n.put("time", Instant.now().toString());
        n.put("event", kind);
        if (peer != null) {
            n.put("peer", peer.getAddress().getHostAddress() + ":" + peer.getPort());
        }
        return n;
    }

    ObjectNode up(InetSocketAddress peer, Negotiated n) {
        ObjectNode e = event("up", peer);
        e.put("keepalive", n.keepalive());
        e.put("deadTimer", n.deadTimer());
        e.put("peerKeepalive", n.peerKeepalive());
        e.put("localSessionId", n.localSessionId());
        e.put("peerSessionId", n.peerSessionId());
        e.put("tls", n.tls());
        NegotiatedCapabilities c = n.capabilities();
        ObjectNode caps = e.putObject("capabilities");
        caps.put("stateful", c.stateful());
        caps.put("lspUpdate", c.lspUpdate());
        caps.put("lspInstantiation", c.lspInstantiation());
        caps.put("includeDbVersion", c.includeDbVersion());
        caps.put("triggeredResync", c.triggeredResync());
        caps.put("deltaLspSync", c.deltaLspSync());
        caps.put("triggeredInitialSync", c.triggeredInitialSync());
        ArrayNode psts = caps.putArray("pathSetupTypes");
        c.pathSetupTypes().forEach(psts::add);
        c.peerMsd().ifPresent(msd -> caps.put("peerMsd", msd));
        ArrayNode assoc = caps.putArray("associationTypes");
        c.associationTypes().forEach(assoc::add);
        caps.put("p2mp", c.p2mp());
        caps.put("gco", c.gco());
        e.set("localOpen", pcep.toJson(new Open(n.localOpen())));
        e.set("peerOpen", pcep.toJson(new Open(n.peerOpen())));
        return e;
    }

    ObjectNode down(String kind, InetSocketAddress peer, SessionDown d) {
        ObjectNode e = event(kind, peer);
        e.put("cause", d.cause().name());
        if (d.closeReason() != 0) {
            e.put("closeReason", d.closeReason());
        }
        d.error().ifPresent(err -> e.put("error", err.type() + "/" + err.value()));
        e.put("detail", d.detail());
        return e;
    }

    ObjectNode message(String kind, InetSocketAddress peer, Message m) {
        ObjectNode e = event(kind, peer);
        e.set("message", pcep.toJson(m));
        return e;
    }

    String line(ObjectNode n) {
        return n.toString();
    }
}
