package org.newsgraph.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
  @Test
  void km_parisToLondon_isAbout343Km() {
    assertEquals(343.5, GreatCircle.km(48.8566, 2.3522, 51.5074, -0.1278), 0.5);
    assertEquals(343.5565, GreatCircle.km(51.5074, -0.1278, 48.8566, 2.3522), 1e-3);
  }

  @Test
  void km_samePointAndAntipodes() {
    assertEquals(0.0, GreatCircle.km(34.53, 69.17, 34.53, 69.17), 1e-9);
    assertEquals(Math.PI * GreatCircle.EARTH_RADIUS_KM, GreatCircle.km(0, 0, 0, 180), 1e-6);
  }
}
