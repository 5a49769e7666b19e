package org.pathwise.session.negotiation;

import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.TimerRange;

/**
 * Judges Open timers against a peer's acceptable ranges (RFC 5440 §6.2, §7.3).
 *
 * <p>Keepalive is how often the Open's sender promises to send; DeadTimer is how long the receiver
 * may wait for the sender before declaring it down. A peer whose DeadTimer does not exceed its own
 * Keepalive would be declared dead between two keepalives: a counter-proposal asks for
 * 4 × Keepalive instead.
 *
 * <p>0 in a peer's Open is not a short timer but a mode ("I send no keepalives" / "never declare me
 * dead"); when the range refuses 0 that is a non-negotiable characteristic (PCErr 1/3).
 */
public final class OpenNegotiation {
    private OpenNegotiation() {}

    /** RFC 5440 §7.3: "the DeadTimer SHOULD be set to 4 times the Keepalive". */
    private static final int DEAD_TO_KEEPALIVE = 4;

    public static OpenVerdict judge(OpenObject peer, PeerSettings settings) {
        TimerRange ka = settings.keepaliveRange();
        TimerRange dead = settings.deadTimerRange();
        if ((peer.keepalive() == 0 && !ka.allowZero()) || (peer.deadTimer() == 0 && !dead.allowZero())) {
            return new OpenVerdict.Refuse(PcepErrors.UNACCEPTABLE_NON_NEGOTIABLE,
                    "peer disables " + (peer.keepalive() == 0 ? "keepalives" : "the DeadTimer") + ", which this PCE refuses");
        }
        boolean consistent = peer.deadTimer() == 0 || peer.deadTimer() > peer.keepalive();
        if (ka.accepts(peer.keepalive()) && dead.accepts(peer.deadTimer()) && consistent) {
            return new OpenVerdict.Accept();
        }
        int proposedKeepalive = ka.clamp(peer.keepalive());
        int proposedDead = dead.clamp(peer.deadTimer());
        if (proposedDead != 0 && proposedDead <= proposedKeepalive) {
            proposedDead = dead.clamp(DEAD_TO_KEEPALIVE * proposedKeepalive);
        }
        OpenObject proposal = new OpenObject(peer.flags(), peer.version(), proposedKeepalive, proposedDead,
                peer.sessionId(), peer.tlvs());
        return new OpenVerdict.CounterPropose(proposal, "peer keepalive/deadtimer " + peer.keepalive() + "/"
                + peer.deadTimer() + " s outside " + ka.min() + ".." + ka.max() + "/" + dead.min() + ".." + dead.max()
                + " s; proposing " + proposedKeepalive + "/" + proposedDead);
    }

    /**
     * Whether we can send with the timers a peer proposed in PCErr 1/4 (Appendix A KeepWait): its
     * keepalive must fit the same range we accept from peers, its DeadTimer too, and stay above
     * the keepalive.
     */
    public static boolean canAdopt(OpenObject proposal, PeerSettings settings) {
        int ka = proposal.keepalive();
        int dead = proposal.deadTimer();
        return settings.keepaliveRange().accepts(ka) && settings.deadTimerRange().accepts(dead)
                && (dead == 0 || ka == 0 || dead > ka) && !(ka == 0 && dead != 0);
    }
}
