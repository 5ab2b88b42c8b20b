package org.newsgraph.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VariantKeyTest {
  @Test
  void of_foldsTransliterations() {
    assertEquals(VariantKey.of("Muttaki"), VariantKey.of("Mottaki"));
    assertEquals(VariantKey.of("Muttaki"), VariantKey.of("Muttaqi"));
    assertEquals(VariantKey.of("Ahmed"), VariantKey.of("Ahmad"));
    assertEquals(VariantKey.of("Masoud"), VariantKey.of("Massoud"));
    assertEquals(VariantKey.of("Mohammed"), VariantKey.of("Muhammad"));
    assertEquals(VariantKey.of("Khatibzadeh"), VariantKey.of("Khatibzade"));
    assertEquals(VariantKey.of("Şükrü"), VariantKey.of("Sukru"));
  }

  @Test
  void of_keepsNamesApart() {
    assertNotEquals(VariantKey.of("Ahmadi"), VariantKey.of("Ahmad"));
    assertNotEquals(VariantKey.of("Amir"), VariantKey.of("Omar"));
    assertNotEquals(VariantKey.of("Karimi"), VariantKey.of("Kazimi"));
  }

  @Test
  void sameName_needsEveryWord() {
    assertTrue(same("Amir Khan Muttaki", "Amir Khan Muttaqi"));
    assertTrue(same("George W. Bush", "George Bush"));
    assertTrue(same("Yousef Rahimi", "Yusuf Rahimi") || !VariantKey.of("Yousef").equals(VariantKey.of("Yusuf")));
    assertFalse(same("Ismail Khan", "Amir Khan Muttaki"));
    assertFalse(same("Ahmad Massoud", "Ahmad Shah Massoud"));
    assertFalse(same("Bilal Karimi", "Bilal Kazimi"), "one edit on a short key is another name");
  }

  @Test
  void close_allowsOneEditOnLongKeysOnly() {
    assertTrue(VariantKey.close("khatibzada", "khatibsada"));
    assertFalse(VariantKey.close("karim", "karimi"));
  }

  private static boolean same(String a, String b) {
    return VariantKey.sameName(VariantKey.ofName(a).split(" "), VariantKey.ofName(b).split(" "));
  }
}
