package org.pathwise.session;

import java.util.Optional;

/**
 * What one peer (or a CIDR block of peers) is allowed, looked up when its connection arrives.
 *
 * @param tls whether StartTLS is offered or required
 * @param md5Key TCP-MD5 (RFC 2385) key for this peer; needs the epoll transport
 * @param keepaliveRange acceptable Keepalive values in the peer's Open (seconds)
 * @param deadTimerRange acceptable DeadTimer values in the peer's Open (seconds)
 */
public record PeerSettings(TlsMode tls, Optional<String> md5Key, TimerRange keepaliveRange, TimerRange deadTimerRange) {

    /**
     * Plain TCP, no MD5, Keepalive 1–255 s (0 refused) and DeadTimer 4–255 s: every router seen in
     * interop (FRR 30/120, Cisco 30/120, Juniper 30/120) and short test timers fit.
     */
    public static final PeerSettings DEFAULT = new PeerSettings(TlsMode.OFF, Optional.empty(),
            new TimerRange(1, 255, false), new TimerRange(4, 255, false));

    public PeerSettings withTls(TlsMode mode) {
        return new PeerSettings(mode, md5Key, keepaliveRange, deadTimerRange);
    }

    public PeerSettings withTimerRanges(TimerRange keepalive, TimerRange deadTimer) {
        return new PeerSettings(tls, md5Key, keepalive, deadTimer);
    }
}
