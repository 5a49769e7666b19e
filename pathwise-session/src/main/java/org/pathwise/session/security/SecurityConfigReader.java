package org.pathwise.session.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.TimerRange;
import org.pathwise.session.TlsMode;
import org.pathwise.session.limits.LimitSettings;

/**
 * Reads {@link SecuritySettings} from the {@code session:} section of a configuration file, as
 * the generic maps and lists a YAML or JSON parser produces. Every error names the key and the fix
 * (keys and defaults: docs/security.md).
 */
public final class SecurityConfigReader {
    private static final Set<String> PEER_KEYS = Set.of("prefix", "tls", "md5-key", "keepalive", "deadtimer");
    private static final Set<String> TLS_KEYS = Set.of("keystore", "keystore-password", "truststore",
            "truststore-password", "allow-tls12", "handshake-timeout", "peer-identity");
    private static final Set<String> LIMIT_KEYS = Set.of("connections-per-second-per-source",
            "connection-burst-per-source", "connections-per-second", "connection-burst", "max-pending-connections",
            "first-message-timeout", "min-partial-read-rate", "partial-read-grace", "max-tracked-sources");

    private final String source;

    private SecurityConfigReader(String source) {
        this.source = source;
    }

    /**
     * @param session the {@code session:} mapping (its {@code peers}, {@code tls} and {@code limits} keys)
     * @param source the file name, for error messages
     * @throws IllegalArgumentException naming the file, key and fix
     */
    public static SecuritySettings read(Map<String, ?> session, String source) {
        return new SecurityConfigReader(source).read(session);
    }

    private SecuritySettings read(Map<String, ?> session) {
        PeerAllowlist<PeerSettings> peers = session.containsKey("peers")
                ? peers(list(session.get("peers"), "session.peers"))
                : PeerAllowlist.allowAll(PeerSettings.DEFAULT);
        Optional<TlsSettings> tls = session.containsKey("tls")
                ? Optional.of(tls(map(session.get("tls"), "session.tls")))
                : Optional.empty();
        LimitSettings limits = session.containsKey("limits")
                ? limits(map(session.get("limits"), "session.limits"))
                : LimitSettings.DEFAULTS;
        return new SecuritySettings(peers, tls, limits);
    }

    private PeerAllowlist<PeerSettings> peers(List<?> entries) {
        List<PeerAllowlist.Entry<PeerSettings>> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "session.peers[" + i + "]";
            Map<String, ?> e = map(entries.get(i), at);
            known(e, PEER_KEYS, at);
            Cidr prefix;
            try {
                prefix = Cidr.parse(string(required(e, "prefix", at), at + ".prefix"));
            } catch (IllegalArgumentException ex) {
                throw error(at + ".prefix", ex.getMessage());
            }
            TlsMode tls = e.containsKey("tls") ? tlsMode(string(e.get("tls"), at + ".tls"), at + ".tls") : TlsMode.OFF;
            Optional<String> md5 = e.containsKey("md5-key") ? Optional.of(string(e.get("md5-key"), at + ".md5-key")) : Optional.empty();
            TimerRange keepalive = e.containsKey("keepalive") ? range(e.get("keepalive"), at + ".keepalive")
                    : PeerSettings.DEFAULT.keepaliveRange();
            TimerRange deadTimer = e.containsKey("deadtimer") ? range(e.get("deadtimer"), at + ".deadtimer")
                    : PeerSettings.DEFAULT.deadTimerRange();
            out.add(new PeerAllowlist.Entry<>(prefix, new PeerSettings(tls, md5, keepalive, deadTimer)));
        }
        return PeerAllowlist.of(out);
    }

    private TlsSettings tls(Map<String, ?> t) {
        known(t, TLS_KEYS, "session.tls");
        Path keystore = Path.of(string(required(t, "keystore", "session.tls"), "session.tls.keystore"));
        Path truststore = Path.of(string(required(t, "truststore", "session.tls"), "session.tls.truststore"));
        boolean tls12 = t.containsKey("allow-tls12") && bool(t.get("allow-tls12"), "session.tls.allow-tls12");
        Duration handshake = t.containsKey("handshake-timeout")
                ? duration(t.get("handshake-timeout"), "session.tls.handshake-timeout") : TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT;
        PeerIdentityCheck identity = PeerIdentityCheck.TRUSTED_CHAIN;
        if (t.containsKey("peer-identity")) {
            String v = string(t.get("peer-identity"), "session.tls.peer-identity");
            identity = switch (v) {
                case "trusted-chain" -> PeerIdentityCheck.TRUSTED_CHAIN;
                case "address-in-subject-alt-name" -> PeerIdentityCheck.ADDRESS_IN_SUBJECT_ALT_NAME;
                default -> throw error("session.tls.peer-identity", "'" + v
                        + "' is not a check; write trusted-chain or address-in-subject-alt-name");
            };
        }
        return new TlsSettings(keystore, optionalString(t, "keystore-password"), truststore,
                optionalString(t, "truststore-password"), tls12, handshake, identity);
    }

    private LimitSettings limits(Map<String, ?> l) {
        known(l, LIMIT_KEYS, "session.limits");
        LimitSettings d = LimitSettings.DEFAULTS;
        try {
            return new LimitSettings(
                    number(l, "connections-per-second-per-source", d.connectionsPerSecondPerSource()),
                    (int) number(l, "connection-burst-per-source", d.connectionBurstPerSource()),
                    number(l, "connections-per-second", d.connectionsPerSecond()),
                    (int) number(l, "connection-burst", d.connectionBurst()),
                    (int) number(l, "max-pending-connections", d.maxPendingConnections()),
                    l.containsKey("first-message-timeout")
                            ? duration(l.get("first-message-timeout"), "session.limits.first-message-timeout")
                            : d.firstMessageTimeout(),
                    (int) number(l, "min-partial-read-rate", d.minPartialReadRate()),
                    l.containsKey("partial-read-grace")
                            ? duration(l.get("partial-read-grace"), "session.limits.partial-read-grace")
                            : d.partialReadGrace(),
                    (int) number(l, "max-tracked-sources", d.maxTrackedSources()));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith(source)) {
                throw e;
            }
            throw new IllegalArgumentException(source + ": session." + e.getMessage(), e);
        }
    }

    private double number(Map<String, ?> m, String key, double fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw error("session.limits." + key, "'" + v + "' is not a number");
    }

    private TimerRange range(Object v, String at) {
        List<?> pair = list(v, at);
        if (pair.size() != 2 || !(pair.get(0) instanceof Number lo) || !(pair.get(1) instanceof Number hi)) {
            throw error(at, "write a range of seconds as [min, max], e.g. [10, 60]");
        }
        try {
            return new TimerRange(lo.intValue(), hi.intValue(), false);
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    private TlsMode tlsMode(String v, String at) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "off" -> TlsMode.OFF;
            case "optional" -> TlsMode.OPTIONAL;
            case "required" -> TlsMode.REQUIRED;
            default -> throw error(at, "'" + v + "' is not a TLS mode; write off, optional or required");
        };
    }

    /** "10s", "500ms", "2m", or a plain number of seconds. */
    private Duration duration(Object v, String at) {
        if (v instanceof Number n) {
            return Duration.ofMillis(Math.round(n.doubleValue() * 1000));
        }
        String s = String.valueOf(v).strip();
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).strip()));
            }
            if (s.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).strip()) * 1000));
            }
            if (s.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1).strip()) * 60);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw error(at, "'" + s + "' is not a duration; write e.g. 10s, 500ms or 2m");
    }

    private boolean bool(Object v, String at) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(at, "'" + v + "' is not true or false");
    }

    private String string(Object v, String at) {
        if (v instanceof String s && !s.isBlank()) {
            return s;
        }
        throw error(at, "expected text, got " + (v == null ? "nothing" : "'" + v + "'"));
    }

    private String optionalString(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    private Object required(Map<String, ?> m, String key, String at) {
        Object v = m.get(key);
        if (v == null) {
            throw error(at + "." + key, "missing; it is required");
        }
        return v;
    }

    private void known(Map<String, ?> m, Set<String> keys, String at) {
        for (String k : m.keySet()) {
            if (!keys.contains(k)) {
                throw error(at + "." + k, "unknown key; known keys are " + keys.stream().sorted().toList());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, ?> map(Object v, String at) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, ?>) m;
        }
        throw error(at, "expected a mapping of keys to values");
    }

    private List<?> list(Object v, String at) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw error(at, "expected a list");
    }

    private IllegalArgumentException error(String key, String what) {
        return new IllegalArgumentException(source + ": " + key + ": " + what);
    }
}
