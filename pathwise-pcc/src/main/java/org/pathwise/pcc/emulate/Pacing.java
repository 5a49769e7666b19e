package org.pathwise.pcc.emulate;

/**
 * How requests are released. Open loop is what PCCs in a network do (each router asks when its
 * own events say so, whether or not the PCE has answered the others) and is what latency figures
 * must be measured under; closed loop finds the most a PCE can take.
 */
public sealed interface Pacing {

    /** Requests at the times an arrival process says, over all sessions, answered or not. */
    record OpenLoop(Interarrival arrivals) implements Pacing {
    }

    /** Each session keeps {@code window} requests outstanding, sending the next as one is answered. */
    record ClosedLoop(int window) implements Pacing {
        public ClosedLoop {
            if (window < 1 || window > 65_536) {
                throw new IllegalArgumentException("window must be 1..65536 requests per session, got " + window);
            }
        }
    }

    /** For reports: {@code poisson 5000/s} or {@code closed loop, window 8}. */
    default String describe() {
        return switch (this) {
            case OpenLoop o -> o.arrivals().kind() + " " + Numbers.rate(o.arrivals().rate()) + "/s";
            case ClosedLoop c -> "closed loop, window " + c.window() + " per session";
        };
    }
}
