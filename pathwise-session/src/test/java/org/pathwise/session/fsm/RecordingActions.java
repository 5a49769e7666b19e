package org.pathwise.session.fsm;

import java.util.ArrayList;
import java.util.List;
import org.pathwise.pcep.message.Message;
import org.pathwise.session.SessionDown;

/** Records what the machine asks for, in order. */
final class RecordingActions implements SessionActions {
    final List<Message> sent = new ArrayList<>();
    final List<Message> delivered = new ArrayList<>();
    final List<SessionDown> downs = new ArrayList<>();
    boolean wasUpAtDown;
    int ups;
    int tlsStarts;
    boolean disconnected;

    @Override
    public void write(Message message) {
        sent.add(message);
    }

    @Override
    public void startTls() {
        tlsStarts++;
    }

    @Override
    public void disconnect() {
        disconnected = true;
    }

    @Override
    public void up() {
        ups++;
    }

    @Override
    public void deliver(Message message, long receivedNanos) {
        delivered.add(message);
    }

    @Override
    public void down(SessionDown reason, boolean wasUp) {
        downs.add(reason);
        wasUpAtDown = wasUp;
    }

    /** Takes the messages sent so far. */
    List<Message> drain() {
        List<Message> copy = List.copyOf(sent);
        sent.clear();
        return copy;
    }
}
