package org.pathwise.session.security;

import java.util.Optional;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.limits.LimitSettings;

/**
 * The security part of a server configuration: who may connect, PCEPS key material, abuse limits.
 * {@link #applyTo} wires it into a {@link SessionConfig}.
 */
public record SecuritySettings(PeerAllowlist<PeerSettings> peers, Optional<TlsSettings> tls, LimitSettings limits) {

    /** Everyone allowed on default terms, no TLS, default limits. */
    public static final SecuritySettings DEFAULTS =
            new SecuritySettings(PeerAllowlist.allowAll(PeerSettings.DEFAULT), Optional.empty(), LimitSettings.DEFAULTS);

    /** {@code config} with this allowlist, StartTLS support when TLS is configured, and the limits. */
    public SessionConfig applyTo(SessionConfig config) {
        SessionConfig c = config.withPeers(peers::lookup).withHooks(SecurityHooks.of(limits, peers));
        return tls.map(t -> c.withTls(new PcepsUpgrade(t, peers::lookup))).orElse(c);
    }
}
