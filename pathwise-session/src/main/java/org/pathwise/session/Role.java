package org.pathwise.session;

/**
 * Which end of a PCEP session this speaker is. Both roles run the same state machine (RFC 5440
 * §6, Appendix A); the role decides who connects (the PCC), the TLS side (RFC 8253 §3.4: the PCC,
 * the TCP initiator, is the TLS client) and which request bookkeeping the session does.
 */
public enum Role {
    /** The path computation element: accepts connections, answers PCReq, receives PCRpt. */
    PCE,
    /** The path computation client (a router, or Pathwise's emulator): connects, sends PCReq. */
    PCC;

    public Role peer() {
        return this == PCE ? PCC : PCE;
    }
}
