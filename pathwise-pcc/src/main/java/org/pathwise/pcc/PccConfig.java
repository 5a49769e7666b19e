package org.pathwise.pcc;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import org.pathwise.session.Role;
import org.pathwise.session.SessionConfig;

/**
 * One PCC: where its PCE is, which source address it uses, its session parameters, how it
 * reconnects and how long it waits for a reply.
 *
 * @param pce the PCE's address and port
 * @param source local address (port 0: any) to connect from, or null for the system's choice; the
 *     emulator gives each PCC its own 127.x.y.z
 * @param session timers, capabilities, limits (role PCC)
 * @param backoff reconnect delays
 * @param requestTimeout how long a PCReq waits for its PCRep before it is cancelled
 * @param connectTimeout TCP connect timeout
 */
public record PccConfig(InetSocketAddress pce, InetSocketAddress source, SessionConfig session, Backoff backoff,
        Duration requestTimeout, Duration connectTimeout) {
    public PccConfig {
        Objects.requireNonNull(pce, "pce");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(backoff, "backoff");
        if (session.role() != Role.PCC) {
            throw new IllegalArgumentException("a PCC needs a session config with role PCC");
        }
    }

    public static PccConfig of(InetSocketAddress pce, SessionConfig session) {
        return new PccConfig(pce, null, session, Backoff.DEFAULT, Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    public PccConfig withSource(InetSocketAddress newSource) {
        return new PccConfig(pce, newSource, session, backoff, requestTimeout, connectTimeout);
    }

    public PccConfig withBackoff(Backoff newBackoff) {
        return new PccConfig(pce, source, session, newBackoff, requestTimeout, connectTimeout);
    }

    public PccConfig withRequestTimeout(Duration timeout) {
        return new PccConfig(pce, source, session, backoff, timeout, connectTimeout);
    }
}
