package org.pathwise.ted.io;

/**
 * Distance between two points on the Earth and the propagation delay of fibre along it. Fibre
 * carries light at about 2/3 of c (refractive index ≈ 1.47), i.e. ≈ 5 µs per km; real routes are
 * longer than the great circle, so this is a lower bound, which is what a planner wants from
 * coordinates alone.
 */
public final class GreatCircle {

    /** Mean Earth radius (IUGG), km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** Propagation delay of light in fibre, µs per km (≈ 2/3 c). */
    public static final double FIBRE_MICROS_PER_KM = 5.0;
    /**
     * Length assumed for a link when an endpoint has no coordinates: 100 km, so 500 µs of delay and
     * an IGP metric of 100 — a regional span, neither free nor dominant.
     */
    public static final double DEFAULT_LINK_KM = 100;

    private GreatCircle() {
    }

    /** Haversine distance in km between (lat1, lon1) and (lat2, lon2), degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Fibre delay over {@code km}, whole µs, at least 1 (co-located nodes are not free). */
    public static int delayMicros(double km) {
        return (int) Math.max(1, Math.round(km * FIBRE_MICROS_PER_KM));
    }

    /** Distance as an IGP/TE metric: whole km, at least 1. */
    public static long metricFromKm(double km) {
        return Math.max(1, Math.round(km));
    }
}
