package vn.ocop.market.traceability;

import java.util.Map;

/**
 * The approximate centre (the seat of the provincial government) of each of the 34 provinces, by
 * the codes of {@code region/provinces.csv}: enough to tell how far apart two scans were.
 */
final class ProvinceCentres {

    private static final double EARTH_KM = 6371.0;

    private static final Map<String, double[]> CENTRES = Map.ofEntries(
            Map.entry("01", new double[] {21.028, 105.854}), Map.entry("04", new double[] {22.666, 106.258}),
            Map.entry("08", new double[] {21.823, 105.214}), Map.entry("11", new double[] {21.386, 103.023}),
            Map.entry("12", new double[] {22.396, 103.458}), Map.entry("14", new double[] {21.327, 103.914}),
            Map.entry("15", new double[] {21.722, 104.911}), Map.entry("19", new double[] {21.594, 105.848}),
            Map.entry("20", new double[] {21.853, 106.761}), Map.entry("22", new double[] {20.951, 107.080}),
            Map.entry("24", new double[] {21.273, 106.194}), Map.entry("25", new double[] {21.322, 105.402}),
            Map.entry("31", new double[] {20.845, 106.688}), Map.entry("33", new double[] {20.646, 106.051}),
            Map.entry("37", new double[] {20.251, 105.975}), Map.entry("38", new double[] {19.807, 105.776}),
            Map.entry("40", new double[] {18.679, 105.681}), Map.entry("42", new double[] {18.343, 105.906}),
            Map.entry("44", new double[] {17.468, 106.622}), Map.entry("46", new double[] {16.464, 107.591}),
            Map.entry("48", new double[] {16.054, 108.202}), Map.entry("51", new double[] {15.121, 108.804}),
            Map.entry("52", new double[] {13.776, 109.224}), Map.entry("56", new double[] {12.238, 109.197}),
            Map.entry("66", new double[] {12.667, 108.038}), Map.entry("68", new double[] {11.940, 108.458}),
            Map.entry("75", new double[] {11.535, 106.883}), Map.entry("79", new double[] {10.776, 106.701}),
            Map.entry("80", new double[] {10.536, 106.413}), Map.entry("82", new double[] {10.360, 106.365}),
            Map.entry("86", new double[] {10.254, 105.972}), Map.entry("91", new double[] {10.012, 105.081}),
            Map.entry("92", new double[] {10.045, 105.746}), Map.entry("96", new double[] {9.177, 105.150}));

    private ProvinceCentres() {
    }

    static boolean known(String code) {
        return code != null && CENTRES.containsKey(code);
    }

    /** Great-circle distance in km between two provinces' centres (0 for the same or an unknown one). */
    static double km(String a, String b) {
        double[] p = CENTRES.get(a);
        double[] q = CENTRES.get(b);
        if (p == null || q == null || a.equals(b)) {
            return 0;
        }
        double dLat = Math.toRadians(q[0] - p[0]);
        double dLon = Math.toRadians(q[1] - p[1]);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(p[0])) * Math.cos(Math.toRadians(q[0])) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }
}
