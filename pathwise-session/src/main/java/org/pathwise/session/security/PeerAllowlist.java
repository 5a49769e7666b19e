package org.pathwise.session.security;

import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which peers may connect, and with what settings: a list of prefixes, each carrying the settings
 * of the peers inside it. The most specific prefix wins (a /32 entry for one router overrides
 * the /24 of its site), so operators can write a broad rule and refine it.
 *
 * @param <S> the per-peer settings (TLS required, MD5 key, timer ranges, ...)
 */
public final class PeerAllowlist<S> {

    /** One configured prefix and the settings of the peers it admits. */
    public record Entry<S>(Cidr prefix, S settings) {}

    private final List<Entry<S>> mostSpecificFirst;

    private PeerAllowlist(List<Entry<S>> entries) {
        this.mostSpecificFirst = entries.stream()
                .sorted(Comparator.comparingInt((Entry<S> e) -> -e.prefix().prefixLength()))
                .toList();
    }

    public static <S> PeerAllowlist<S> of(List<Entry<S>> entries) {
        return new PeerAllowlist<>(entries);
    }

    /** Everyone, IPv4 and IPv6, with the same settings: the behaviour without an allowlist. */
    public static <S> PeerAllowlist<S> allowAll(S settings) {
        return of(List.of(new Entry<>(Cidr.parse("0.0.0.0/0"), settings), new Entry<>(Cidr.parse("::/0"), settings)));
    }

    /** The settings for {@code peer}, or empty when no prefix admits it. */
    public Optional<S> lookup(InetAddress peer) {
        for (Entry<S> e : mostSpecificFirst) {
            if (e.prefix().contains(peer)) {
                return Optional.of(e.settings());
            }
        }
        return Optional.empty();
    }

    public boolean admits(InetAddress peer) {
        return lookup(peer).isPresent();
    }

    public List<Entry<S>> entries() {
        return mostSpecificFirst;
    }
}
