package org.pathwise.compute.constraint;

/** How a link's "width" is measured for bottleneck objectives. */
public enum WidthMode {
    /** Residual bandwidth at the setup priority, bytes/s (MBP, widest-shortest). */
    RESIDUAL_BANDWIDTH,
    /** Residual after placing the request, as a fraction of max reservable: 1 - load (MLP, MLL). */
    RESIDUAL_FRACTION
}
