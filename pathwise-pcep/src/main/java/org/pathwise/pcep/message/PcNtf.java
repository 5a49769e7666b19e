package org.pathwise.pcep.message;

import java.util.List;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.Rp;

/**
 * PCNtf (type 5; RFC 5440 §6.6): {@code <notify>[<notify-list>]},
 * {@code <notify> ::= [<request-id-list>] <notification-list>}.
 */
public record PcNtf(List<Notify> notifies) implements Message {
    public PcNtf {
        notifies = List.copyOf(notifies);
    }

    /** One {@code <notify>}: the requests it concerns (may be empty) and the notifications. */
    public record Notify(List<Rp> requests, List<Notification> notifications) {
        public Notify {
            requests = List.copyOf(requests);
            notifications = List.copyOf(notifications);
        }
    }
}
