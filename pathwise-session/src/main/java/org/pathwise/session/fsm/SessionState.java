package org.pathwise.session.fsm;

import org.pathwise.pcep.DecodeError;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.Close;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.StartTls;

/**
 * The states of RFC 5440 Appendix A plus StartTLSWait of RFC 8253 §3.4; each constant says what
 * a message, a decode error and the expiry of its wait timer do in that state. The shared work
 * (negotiation, error exits, request bookkeeping) lives in {@link SessionMachine}.
 */
public enum SessionState {

    /** No connection, or the session is over. Everything is ignored. */
    IDLE {
        @Override
        void onMessage(SessionMachine m, Message message, long now) {}

        @Override
        void onDecodeError(SessionMachine m, DecodeError error, long now) {}
    },

    /** A PCC's TCP connection attempt is in progress (Netty's connect timeout bounds it). */
    TCP_PENDING {
        @Override
        void onMessage(SessionMachine m, Message message, long now) {}

        @Override
        void onDecodeError(SessionMachine m, DecodeError error, long now) {}
    },

    /** RFC 8253 §3.4: StartTLS sent; waiting for the peer's StartTLS, then the TLS handshake. */
    START_TLS_WAIT {
        @Override
        void onMessage(SessionMachine m, Message message, long now) {
            switch (message) {
                case StartTls s -> m.peerStartedTls(now);
                case Open o -> m.openInsteadOfStartTls(o, now);
                case PcErr e -> m.peerRefused(e, now);
                case Close c -> m.peerClosed(c, now);
                // RFC 8253 §3.4: anything but StartTLS, Open or PCErr
                default -> m.fail(PcepErrors.NON_STARTTLS_MESSAGE, "expected StartTLS, got " + name(message), now);
            }
        }

        @Override
        void onWaitExpired(SessionMachine m, long now) {
            m.fail(PcepErrors.NO_STARTTLS_BEFORE_TIMER, "no StartTLS within StartTLSWait", now);
        }
    },

    /** Our Open is sent; waiting for an acceptable Open from the peer (RemoteOK). */
    OPEN_WAIT {
        @Override
        void onMessage(SessionMachine m, Message message, long now) {
            switch (message) {
                case Open o -> m.peerOpen(o, now);
                // A Keepalive can acknowledge our Open before the peer's second Open arrives
                // (after our PCErr 1/4): LocalOK, keep waiting for the Open.
                case Keepalive k -> m.localOpenAccepted(now);
                case PcErr e -> m.peerErrorWhileNegotiating(e, now);
                case Close c -> m.peerClosed(c, now);
                case StartTls s -> m.startTlsAfterExchange(now);
                default -> m.fail(PcepErrors.INVALID_OPEN, "expected Open, got " + name(message), now);
            }
        }

        @Override
        void onWaitExpired(SessionMachine m, long now) {
            m.fail(PcepErrors.NO_OPEN_BEFORE_OPENWAIT, "no Open within OpenWait", now);
        }
    },

    /** The peer's Open is accepted (Keepalive sent); waiting for the Keepalive that accepts ours (LocalOK). */
    KEEP_WAIT {
        @Override
        void onMessage(SessionMachine m, Message message, long now) {
            switch (message) {
                case Keepalive k -> m.localOpenAccepted(now);
                case PcErr e -> m.peerErrorWhileNegotiating(e, now);
                case Close c -> m.peerClosed(c, now);
                case StartTls s -> m.startTlsAfterExchange(now);
                default -> m.fail(PcepErrors.INVALID_OPEN, "expected Keepalive or PCErr, got " + name(message), now);
            }
        }

        @Override
        void onWaitExpired(SessionMachine m, long now) {
            m.fail(PcepErrors.NO_KEEPALIVE_BEFORE_KEEPWAIT, "no Keepalive within KeepWait", now);
        }
    },

    /** The session is established. */
    UP {
        @Override
        void onMessage(SessionMachine m, Message message, long now) {
            m.upMessage(message, now);
        }

        @Override
        void onDecodeError(SessionMachine m, DecodeError error, long now) {
            m.upDecodeError(error, now);
        }
    };

    abstract void onMessage(SessionMachine m, Message message, long now);

    /**
     * Before Up, any message that does not decode ends the attempt with PCErr 1/1 ("reception of
     * an invalid Open message or a non Open message"), or 1/8 for a PCEP version we do not speak.
     */
    void onDecodeError(SessionMachine m, DecodeError error, long now) {
        m.fail(error.errorType() == 1 && error.errorValue() == 8 ? PcepErrors.VERSION_NOT_SUPPORTED
                : PcepErrors.INVALID_OPEN, "undecodable message before Up: " + error, now);
    }

    void onWaitExpired(SessionMachine m, long now) {}

    static String name(Message message) {
        return message.getClass().getSimpleName();
    }
}
