package org.pathwise.pcep.codec.message;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.codec.CodecRegistry;
import org.pathwise.pcep.codec.DecodeContext;
import org.pathwise.pcep.codec.ObjectList;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.UnknownObject;

/**
 * PCNtf (RFC 5440 §6.6): {@code <notify> [<notify-list>]},
 * {@code <notify> ::= [<request-id-list>] <notification-list>}. A new notify starts at an RP that
 * follows a NOTIFICATION.
 *
 * <p>FRR pathd (pceplib) cancels a request with the RP after the NOTIFICATION
 * ({@code <NOTIFICATION> <RP>}); such trailing RPs belong to the notify before them. They are
 * re-encoded in RFC order.
 */
final class PcNtfCodec extends BaseMessageCodec<PcNtf> {
    PcNtfCodec() {
        super(PcNtf.class, "PCNtf", 5);
    }

    @Override
    public PcNtf build(ObjectList objects, DecodeContext ctx) {
        List<PcNtf.Notify> notifies = new ArrayList<>(1);
        List<Rp> rps = new ArrayList<>(0);
        List<Notification> notifications = new ArrayList<>(1);
        for (int i = 0; i < objects.size(); i++) {
            PcepObject o = objects.get(i);
            switch (o) {
                case Rp rp -> {
                    if (!notifications.isEmpty()) {
                        notifies.add(new PcNtf.Notify(rps, notifications));
                        rps.clear();
                        notifications.clear();
                    }
                    rps.add(rp);
                }
                case Notification n -> notifications.add(n);
                case UnknownObject u -> { } // RFC 5440 §7.2: ignored
                default -> throw ctx.error(PcepErrors.MALFORMED_OBJECT, objects.offset(i),
                        "unexpected " + ctx.objectName(o) + " object in a PCNtf");
            }
        }
        if (notifications.isEmpty() && !rps.isEmpty() && !notifies.isEmpty()) {
            PcNtf.Notify last = notifies.remove(notifies.size() - 1);
            List<Rp> all = new ArrayList<>(last.requests());
            all.addAll(rps);
            notifies.add(new PcNtf.Notify(all, last.notifications()));
            return new PcNtf(notifies);
        }
        if (notifications.isEmpty()) {
            throw ctx.error(PcepErrors.MALFORMED_OBJECT, objects.offset(objects.size()),
                    "PCNtf without a NOTIFICATION object" + (rps.isEmpty() ? "" : " after its RP"));
        }
        notifies.add(new PcNtf.Notify(rps, notifications));
        return new PcNtf(notifies);
    }

    @Override
    public void writeObjects(PcNtf message, ByteBuf out, CodecRegistry registry) {
        for (PcNtf.Notify n : message.notifies()) {
            writeAll(n.requests(), out, registry);
            writeAll(n.notifications(), out, registry);
        }
    }
}
