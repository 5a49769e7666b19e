package org.pathwise.session.fsm;

import org.pathwise.pcep.message.Message;
import org.pathwise.session.SessionDown;

/**
 * What the state machine asks of its surroundings. The Netty transport implements it on the
 * session's event loop; tests implement it with a recorder, so every transition is checked
 * without sockets or sleeps.
 */
public interface SessionActions {

    /** Writes a message (flushed by the transport in batches). */
    void write(Message message);

    /** Both StartTLS messages are exchanged: insert the TLS handler, then report the handshake. */
    void startTls();

    /** Flushes what was sent and closes the connection. */
    void disconnect();

    /** The session reached Up. */
    void up();

    /** A message for the application, on an Up session. */
    void deliver(Message message, long receivedNanos);

    /** The session ended; {@code wasUp} tells whether {@link #up()} had been called. */
    void down(SessionDown reason, boolean wasUp);
}
