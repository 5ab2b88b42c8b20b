package org.newsgraph.eval.geo;

/** Great-circle distances on a spherical Earth. */
public final class GreatCircle {
  /** Mean Earth radius in kilometres (IUGG), as geoparsing evaluations use it. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** The haversine distance in kilometres between two points given in degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = Math.toRadians(lat2 - lat1);
    double dLambda = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
