package org.pathwise.pcep;

/** CLOSE object Reason values (IANA "CLOSE Object Reason Field"; RFC 5440 §7.17, RFC 8253). */
public final class CloseReason {
    private CloseReason() {}

    public static final int NO_EXPLANATION = 1;
    public static final int DEADTIMER_EXPIRED = 2;
    public static final int MALFORMED_MESSAGE = 3;
    public static final int TOO_MANY_UNKNOWN_REQUESTS = 4;
    public static final int TOO_MANY_UNRECOGNIZED_MESSAGES = 5;

    public static String describe(int reason) {
        return switch (reason) {
            case NO_EXPLANATION -> "No explanation provided";
            case DEADTIMER_EXPIRED -> "DeadTimer expired";
            case MALFORMED_MESSAGE -> "Reception of a malformed PCEP message";
            case TOO_MANY_UNKNOWN_REQUESTS -> "Reception of an unacceptable number of unknown requests/replies";
            case TOO_MANY_UNRECOGNIZED_MESSAGES -> "Reception of an unacceptable number of unrecognized PCEP messages";
            default -> "unassigned";
        };
    }
}
