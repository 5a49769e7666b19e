package org.pathwise.compute.optical;

/**
 * How a channel is chosen among those with a wavelength-continuous route (the wavelength
 * assignment heuristics of Zang, Jue and Mukherjee, "A review of routing and wavelength assignment
 * approaches for wavelength-routed optical WDM networks", 2000, as in the seed paper's WDM case).
 */
public enum WavelengthPolicy {
    /** The lowest-numbered channel that has a route: packs load onto low channels. */
    FIRST_FIT,
    /** A channel drawn uniformly among those that have a route, from the request's seed. */
    RANDOM,
    /**
     * The channel already used on the most links of the network (ties: lowest number) among those
     * that have a route: keeps the other channels free for long lightpaths.
     */
    MOST_USED
}
