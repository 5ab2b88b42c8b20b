package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WiringTest {
  @Test
  void quotes_vectorsSwitch_acceptsOnOffAndUnset() {
    assertNotNull(Wiring.quotes(null));
    assertNotNull(Wiring.quotes("on"));
    assertNotNull(Wiring.quotes(" OFF "));
  }

  @Test
  void quotes_vectorsSwitch_namesAWrongValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wiring.quotes("fast"));
    assertTrue(e.getMessage().contains(Wiring.QUOTE_VECTORS) && e.getMessage().contains("fast"), e.getMessage());
  }
}
