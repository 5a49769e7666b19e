package org.pathwise.ted.generate;

import java.util.SplittableRandom;

/**
 * Where generated nodes sit: inside a box of about 2,000 × 2,000 km (latitude 40°–58° N,
 * longitude 5° W–25° E, roughly Europe), so link lengths and therefore delays and metrics are
 * those of a continental backbone.
 */
final class Placement {

    static final double LAT_MIN = 40;
    static final double LAT_MAX = 58;
    static final double LON_MIN = -5;
    static final double LON_MAX = 25;

    final double[] lat;
    final double[] lon;

    private Placement(double[] lat, double[] lon) {
        this.lat = lat;
        this.lon = lon;
    }

    static Placement uniform(int n, SplittableRandom random) {
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = LAT_MIN + random.nextDouble() * (LAT_MAX - LAT_MIN);
            lon[i] = LON_MIN + random.nextDouble() * (LON_MAX - LON_MIN);
        }
        return new Placement(lat, lon);
    }

    /** Row-major lattice, {@code cols} wide, filling the box. */
    static Placement lattice(int n, int cols) {
        int rows = (n + cols - 1) / cols;
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = LAT_MAX - (rows == 1 ? 0 : (LAT_MAX - LAT_MIN) * (i / cols) / (rows - 1));
            lon[i] = LON_MIN + (cols == 1 ? 0 : (LON_MAX - LON_MIN) * (i % cols) / (cols - 1));
        }
        return new Placement(lat, lon);
    }

    /** Evenly on a circle inscribed in the box. */
    static Placement circle(int n) {
        double[] lat = new double[n];
        double[] lon = new double[n];
        double cLat = (LAT_MIN + LAT_MAX) / 2;
        double cLon = (LON_MIN + LON_MAX) / 2;
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            lat[i] = cLat + (LAT_MAX - LAT_MIN) / 2 * Math.sin(t);
            lon[i] = cLon + (LON_MAX - LON_MIN) / 2 * Math.cos(t);
        }
        return new Placement(lat, lon);
    }

    /** Planar coordinates in the unit square, for distance comparisons inside the generators. */
    double x(int i) {
        return (lon[i] - LON_MIN) / (LON_MAX - LON_MIN);
    }

    double y(int i) {
        return (lat[i] - LAT_MIN) / (LAT_MAX - LAT_MIN);
    }
}
