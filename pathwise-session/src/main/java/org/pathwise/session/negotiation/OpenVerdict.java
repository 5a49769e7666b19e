package org.pathwise.session.negotiation;

import org.pathwise.pcep.ErrorCode;
import org.pathwise.pcep.object.OpenObject;

/** What to do with a peer's Open (RFC 5440 §6.2, Appendix A OpenWait). */
public sealed interface OpenVerdict {

    /** Acceptable: answer with Keepalive. */
    record Accept() implements OpenVerdict {}

    /** Unacceptable but negotiable: PCErr 1/4 carrying {@code proposal} (or 1/5 on the second try). */
    record CounterPropose(OpenObject proposal, String why) implements OpenVerdict {}

    /** Unacceptable, not negotiable: PCErr {@code error} (1/3) and close. */
    record Refuse(ErrorCode error, String why) implements OpenVerdict {}
}
