package org.pathwise.session.security;

import java.util.Optional;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import org.pathwise.session.limits.LimitSettings;

/**
 * The security part of a server configuration: who may connect, PCEPS key material, abuse limits.
 * {@link #wire} puts it into a {@link SessionConfig} and its listener.
 */
public record SecuritySettings(PeerAllowlist<PeerSettings> peers, Optional<TlsSettings> tls, LimitSettings limits) {

    /** Everyone allowed on default terms, no TLS, default limits. */
    public static final SecuritySettings DEFAULTS =
            new SecuritySettings(PeerAllowlist.allowAll(PeerSettings.DEFAULT), Optional.empty(), LimitSettings.DEFAULTS);

    /** A session configuration and listener with these settings in force, and the hooks' counters. */
    public record Wired(SessionConfig config, SessionListener listener, SecurityHooks hooks) {}

    /**
     * {@code config} with this allowlist, StartTLS support when TLS is configured, and the limits;
     * {@code listener} as given (the hooks learn of sessions reaching Up from the transport).
     */
    public Wired wire(SessionConfig config, SessionListener listener) {
        SecurityHooks hooks = SecurityHooks.of(limits, peers);
        SessionConfig c = config.withPeers(peers::lookup).withHooks(hooks);
        if (tls.isPresent()) {
            c = c.withTls(new PcepsUpgrade(tls.get()));
        }
        return new Wired(c, listener, hooks);
    }
}
