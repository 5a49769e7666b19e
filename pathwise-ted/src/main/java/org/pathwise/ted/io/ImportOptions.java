package org.pathwise.ted.io;

/**
 * Assumptions an importer needs where a file format is silent. All bandwidths in bytes/s.
 *
 * @param defaultCapacity capacity of a link whose file gives none (Topology Zoo without a
 *     parseable speed, Net2Plan capacity 0, SNDlib with neither pre-installed capacity nor modules)
 * @param sndlibCapacityUnit what one SNDlib capacity unit is; SNDlib does not say, and its
 *     networks are written in Mbit/s (abilene's 9920 = OC-192, dfn-gwin's 155/622 = STM-1/STM-4)
 * @param net2planCapacityUnit what one Net2Plan capacity unit is; Net2Plan's convention is Gbit/s
 */
public record ImportOptions(double defaultCapacity, double sndlibCapacityUnit, double net2planCapacityUnit) {

    public static final double MBPS = 1e6 / 8;
    public static final double GBPS = 1e9 / 8;

    public ImportOptions {
        for (double v : new double[] {defaultCapacity, sndlibCapacityUnit, net2planCapacityUnit}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("import capacities must be finite and ≥ 0");
            }
        }
    }

    /** 10 Gbit/s default capacity, SNDlib in Mbit/s, Net2Plan in Gbit/s. */
    public static ImportOptions defaults() {
        return new ImportOptions(10 * GBPS, MBPS, GBPS);
    }
}
