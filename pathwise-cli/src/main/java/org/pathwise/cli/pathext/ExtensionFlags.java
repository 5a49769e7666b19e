package org.pathwise.cli.pathext;

import java.util.List;

/**
 * The {@code pathwise path} flags that select an extension computation instead of a plain path:
 * {@code --sr [--msd N] [--sr-candidates K]}, {@code --load-balance N [--min-bandwidth BW]},
 * {@code --leaves A,B,C} (tree objective from {@code --of SPT|MCT}, MCT by default) and
 * {@code --wavelength first-fit|random[:SEED]|most-used}. At most one of them per run.
 */
public record ExtensionFlags(boolean sr, int msd, int srCandidates, Integer loadBalance, String minBandwidth,
                             List<String> leaves, String objectiveFunction, String wavelength) {

    public ExtensionFlags {
        leaves = leaves == null ? List.of() : List.copyOf(leaves);
    }

    /** True when some extension is asked for. */
    public boolean any() {
        return sr || loadBalance != null || !leaves.isEmpty() || wavelength != null;
    }

    /** The extension flags given, for a "use one at a time" message. */
    int count() {
        return (sr ? 1 : 0) + (loadBalance != null ? 1 : 0) + (leaves.isEmpty() ? 0 : 1) + (wavelength != null ? 1 : 0);
    }
}
