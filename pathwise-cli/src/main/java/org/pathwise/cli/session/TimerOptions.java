package org.pathwise.cli.session;

import org.pathwise.session.PeerPolicy;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.TimerRange;
import picocli.CommandLine.Option;

/** Timer and limit options shared by {@code serve} and {@code pcc session}. */
final class TimerOptions {

    @Option(names = "--keepalive", paramLabel = "S", defaultValue = "30",
            description = "Keepalive in our Open, seconds (0: none). Default ${DEFAULT-VALUE}.")
    int keepalive;

    @Option(names = "--deadtimer", paramLabel = "S", defaultValue = "120",
            description = "DeadTimer in our Open, seconds. Default ${DEFAULT-VALUE}.")
    int deadTimer;

    @Option(names = "--keepalive-range", paramLabel = "MIN-MAX", defaultValue = "1-255",
            description = "Acceptable peer Keepalive; outside it a PCErr 1/4 counter-proposal is sent. Default ${DEFAULT-VALUE}.")
    String keepaliveRange;

    @Option(names = "--deadtimer-range", paramLabel = "MIN-MAX", defaultValue = "4-255",
            description = "Acceptable peer DeadTimer. Default ${DEFAULT-VALUE}.")
    String deadTimerRange;

    @Option(names = "--max-unknown-messages", paramLabel = "N", defaultValue = "5",
            description = "Unrecognized messages tolerated per minute before Close reason 5. Default ${DEFAULT-VALUE}.")
    int maxUnknownMessages;

    @Option(names = "--max-unknown-requests", paramLabel = "N", defaultValue = "5",
            description = "Unknown request references tolerated per minute before Close reason 4. Default ${DEFAULT-VALUE}.")
    int maxUnknownRequests;

    @Option(names = "--max-pending-requests", paramLabel = "N", defaultValue = "1024",
            description = "Unanswered requests per session (PCE); beyond: PCNtf cancel. Default ${DEFAULT-VALUE}.")
    int maxPendingRequests;

    @Option(names = "--max-message-size", paramLabel = "BYTES", defaultValue = "65535",
            description = "Largest message accepted. Default ${DEFAULT-VALUE}.")
    int maxMessageSize;

    /**
     * {@code base} with these timers and limits. The peer policy is kept (a configured allowlist,
     * per-peer TLS and MD5 stay as they are); when {@code ranges} is set, every admitted peer's
     * acceptable Keepalive and DeadTimer become the flags' ranges.
     */
    SessionConfig apply(SessionConfig base, boolean ranges) {
        SessionConfig timed = base.withTimers(keepalive, deadTimer)
                .withLimits(maxMessageSize, maxUnknownMessages, maxUnknownRequests, maxPendingRequests);
        if (!ranges) {
            return timed;
        }
        TimerRange k = range(keepaliveRange, "--keepalive-range");
        TimerRange d = range(deadTimerRange, "--deadtimer-range");
        PeerPolicy admitted = base.peers();
        return timed.withPeers(peer -> admitted.settingsFor(peer).map(s -> s.withTimerRanges(k, d)));
    }

    static TimerRange range(String text, String option) {
        String[] parts = text.split("-");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new TimerRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), false);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "': expected MIN-MAX seconds, e.g. 10-60");
        }
    }
}
