package org.newsgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  @Test
  void english_isEn() {
    assertEquals("en", LanguageGuess.guess(Items.ENGLISH));
  }

  @Test
  void french_german_spanish_areUnd() {
    assertEquals("und", LanguageGuess.guess("Le ministre a déclaré mardi que le gouvernement ne changerait pas ses "
        + "projets pour le nouveau poste frontière, au centre d'un différend avec le pays voisin."));
    assertEquals("und", LanguageGuess.guess("Der Minister sagte am Dienstag, die Regierung werde ihre Pläne für den "
        + "neuen Grenzübergang nicht ändern, der seit März im Mittelpunkt eines Streits steht."));
    assertEquals("und", LanguageGuess.guess("El ministro dijo el martes que el gobierno no cambiaría sus planes "
        + "para el nuevo paso fronterizo, que ha estado en el centro de una disputa con el país vecino."));
  }

  @Test
  void tooShortOrEmpty_isUnd() {
    assertEquals("und", LanguageGuess.guess("The war of the worlds"));
    assertEquals("und", LanguageGuess.guess(""));
    assertEquals("und", LanguageGuess.guess(null));
    assertEquals("und", LanguageGuess.guess("12 34 56 78 90 -- !! ?? 12 34 56"));
  }

  @Test
  void onlyTheFirstTokensAreLookedAt() {
    String english = Items.ENGLISH.repeat(20);
    String tail = " xyzzy".repeat(100_000);

    assertEquals(LanguageGuess.englishShare(english), LanguageGuess.englishShare(english + tail), 1e-9);
    assertTrue(LanguageGuess.englishShare(english) > 0.3);
  }
}
