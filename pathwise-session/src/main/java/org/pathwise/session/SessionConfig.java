package org.pathwise.session;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.pathwise.pcep.PcepFrame;
import org.pathwise.session.capability.Advertised;
import org.pathwise.session.capability.Capabilities;

/**
 * Everything a session needs to know, every limit named (RFC 5440 §6, §7.3, §10; RFC 8253 §3.4).
 *
 * @param role PCE (accepts) or PCC (connects)
 * @param keepalive Keepalive in our Open, seconds: how often we send keepalives (0: never)
 * @param deadTimer DeadTimer in our Open, seconds: how long the peer waits for us (RFC 5440
 *     suggests 4 × keepalive)
 * @param openWait OpenWait timer: the peer's Open must arrive within it (RFC 5440 §6.2: 60 s)
 * @param keepWait KeepWait timer: the Keepalive (or PCErr) answering our Open (RFC 5440: 60 s)
 * @param startTlsWait StartTLSWait timer (RFC 8253 §3.4: 60 s)
 * @param maxMessageSize largest accepted message in bytes (at most 65535, the 16-bit length)
 * @param maxUnknownMessagesPerMinute unrecognized messages tolerated in any 60 s; one more closes
 *     the session with reason 5 (RFC 5440 §6.8, §7.17)
 * @param maxUnknownRequestsPerMinute replies/cancellations naming unknown requests tolerated in any
 *     60 s; one more closes with reason 4
 * @param maxPendingRequests requests a PCE holds unanswered per session; beyond it a request is
 *     cancelled at once with PCNtf 1/2 (RFC 5440 §7.14)
 * @param capabilities what we advertise in our Open
 * @param peers who may connect and on what terms (timer ranges, TLS, MD5)
 * @param tls how to build the TLS handler for StartTLS; empty: TLS unavailable
 * @param hooks transport extension points (MD5, connection limits, capture)
 * @param ticker the clock timers read
 */
public record SessionConfig(Role role, int keepalive, int deadTimer, Duration openWait, Duration keepWait,
        Duration startTlsWait, int maxMessageSize, int maxUnknownMessagesPerMinute, int maxUnknownRequestsPerMinute,
        int maxPendingRequests, Capabilities capabilities, PeerPolicy peers, Optional<TlsUpgrade> tls,
        TransportHooks hooks, Ticker ticker) {

    public static final Duration RFC_WAIT_TIMER = Duration.ofSeconds(60);

    public SessionConfig {
        Objects.requireNonNull(role, "role");
        if (keepalive < 0 || keepalive > 255 || deadTimer < 0 || deadTimer > 255) {
            throw new IllegalArgumentException("keepalive and deadtimer are 0..255 s, got " + keepalive + "/" + deadTimer);
        }
        if (keepalive > 0 && deadTimer != 0 && deadTimer <= keepalive) {
            throw new IllegalArgumentException("deadtimer " + deadTimer + " s must exceed keepalive " + keepalive
                    + " s (RFC 5440 §7.3 recommends 4 × keepalive)");
        }
        if (maxMessageSize < PcepFrame.HEADER_LENGTH || maxMessageSize > PcepFrame.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("max message size must be 4..65535, got " + maxMessageSize);
        }
        if (maxUnknownMessagesPerMinute < 0 || maxUnknownRequestsPerMinute < 0 || maxPendingRequests < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(peers, "peers");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(hooks, "hooks");
        Objects.requireNonNull(ticker, "ticker");
    }

    /**
     * A PCE: keepalive 30 s, DeadTimer 120 s, RFC wait timers, 5 unknown messages and 5 unknown
     * requests per minute, 1024 pending requests, every peer allowed on {@link PeerSettings#DEFAULT}.
     */
    public static SessionConfig pce() {
        return new SessionConfig(Role.PCE, 30, 120, RFC_WAIT_TIMER, RFC_WAIT_TIMER, RFC_WAIT_TIMER,
                PcepFrame.MAX_MESSAGE_LENGTH, 5, 5, 1024, Advertised.pce(), PeerPolicy.allowAll(PeerSettings.DEFAULT),
                Optional.empty(), TransportHooks.NONE, Ticker.SYSTEM);
    }

    /** A stateless PCC with the same timers and limits. */
    public static SessionConfig pcc() {
        return new SessionConfig(Role.PCC, 30, 120, RFC_WAIT_TIMER, RFC_WAIT_TIMER, RFC_WAIT_TIMER,
                PcepFrame.MAX_MESSAGE_LENGTH, 5, 5, 1024, Advertised.statelessPcc(),
                PeerPolicy.allowAll(PeerSettings.DEFAULT), Optional.empty(), TransportHooks.NONE, Ticker.SYSTEM);
    }

    public SessionConfig withTimers(int newKeepalive, int newDeadTimer) {
        return new SessionConfig(role, newKeepalive, newDeadTimer, openWait, keepWait, startTlsWait, maxMessageSize,
                maxUnknownMessagesPerMinute, maxUnknownRequestsPerMinute, maxPendingRequests, capabilities, peers, tls,
                hooks, ticker);
    }

    public SessionConfig withWaitTimers(Duration newOpenWait, Duration newKeepWait, Duration newStartTlsWait) {
        return new SessionConfig(role, keepalive, deadTimer, newOpenWait, newKeepWait, newStartTlsWait,
                maxMessageSize, maxUnknownMessagesPerMinute, maxUnknownRequestsPerMinute, maxPendingRequests,
                capabilities, peers, tls, hooks, ticker);
    }

    public SessionConfig withLimits(int newMaxMessageSize, int unknownMessagesPerMinute, int unknownRequestsPerMinute,
            int pendingRequests) {
        return new SessionConfig(role, keepalive, deadTimer, openWait, keepWait, startTlsWait, newMaxMessageSize,
                unknownMessagesPerMinute, unknownRequestsPerMinute, pendingRequests, capabilities, peers, tls, hooks,
                ticker);
    }

    public SessionConfig withCapabilities(Capabilities newCapabilities) {
        return new SessionConfig(role, keepalive, deadTimer, openWait, keepWait, startTlsWait, maxMessageSize,
                maxUnknownMessagesPerMinute, maxUnknownRequestsPerMinute, maxPendingRequests, newCapabilities, peers,
                tls, hooks, ticker);
    }

    public SessionConfig withPeers(PeerPolicy newPeers) {
        return new SessionConfig(role, keepalive, deadTimer, openWait, keepWait, startTlsWait, maxMessageSize,
                maxUnknownMessagesPerMinute, maxUnknownRequestsPerMinute, maxPendingRequests, capabilities, newPeers,
                tls, hooks, ticker);
    }

    public SessionConfig withTls(TlsUpgrade upgrade) {
        return new SessionConfig(role, keepalive, deadTimer, openWait, keepWait, startTlsWait, maxMessageSize,
                maxUnknownMessagesPerMinute, maxUnknownRequestsPerMinute, maxPendingRequests, capabilities, peers,
                Optional.of(upgrade), hooks, ticker);
    }

    public SessionConfig withHooks(TransportHooks newHooks) {
        return new SessionConfig(role, keepalive, deadTimer, openWait, keepWait, startTlsWait, maxMessageSize,
                maxUnknownMessagesPerMinute, maxUnknownRequestsPerMinute, maxPendingRequests, capabilities, peers,
                tls, newHooks, ticker);
    }

    public SessionConfig withTicker(Ticker newTicker) {
        return new SessionConfig(role, keepalive, deadTimer, openWait, keepWait, startTlsWait, maxMessageSize,
                maxUnknownMessagesPerMinute, maxUnknownRequestsPerMinute, maxPendingRequests, capabilities, peers,
                tls, hooks, newTicker);
    }
}
