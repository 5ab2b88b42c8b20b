package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** Runs the real CoreNLP models. */
class CoreNlpAnnotatorIT {
  private static CoreNlpAnnotator annotator;
  private static String seed;

  @BeforeAll
  static void load() throws IOException {
    annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults());
    try (InputStream in = CoreNlpAnnotatorIT.class.getResourceAsStream("/seed-article.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void annotate_seedArticle_offsetsSelectTheTokenText() {
    LinguisticAnnotation a = annotator.annotate(seed, LocalDate.of(2022, 1, 11));
    assertTrue(a.sentences().size() > 20, "sentences: " + a.sentences().size());
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        assertEquals(t.word(), seed.substring(t.start(), t.end()));
      }
      long roots = s.dependencies().stream().filter(d -> d.governor() == -1).count();
      assertEquals(1, roots, "one root in: " + seed.substring(s.start(), s.end()));
      for (Dependency d : s.dependencies()) {
        assertTrue(d.dependent() < s.tokens().size());
      }
    }
    for (EntityMention e : a.entities()) {
      assertEquals(e.span().text(), seed.substring(e.span().start(), e.span().end()));
    }
  }

  @Test
  void annotate_seedArticle_findsPeopleAndPlacesButNoDates() {
    LinguisticAnnotation a = annotator.annotate(seed, LocalDate.of(2022, 1, 11));
    assertTrue(has(a, EntityType.PERSON, "Bilal Karimi"));
    assertTrue(has(a, EntityType.LOCATION, "Kabul"));
    assertFalse(a.entities().stream().anyMatch(e -> e.span().text().equalsIgnoreCase("he")), "pronouns are not names");
    // dates are the time stage's work (RuleTimeNormalizer); SUTime is off by default
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.DATE), "SUTime is off");
  }

  @Test
  void annotate_garbage_doesNotThrow() {
    assertTrue(annotator.annotate("", null).sentences().isEmpty());
    assertTrue(annotator.annotate("   \n\n ", null).sentences().isEmpty());
    String soup = "<div><p>x</p>\u0000\uFFFD\uD800 ".repeat(2000) + "word ".repeat(20_000);
    LinguisticAnnotation a = annotator.annotate(soup, null);
    assertFalse(a.sentences().isEmpty());
  }

  private static boolean has(LinguisticAnnotation a, EntityType type, String text) {
    return a.entities().stream().anyMatch(e -> e.type() == type && e.span().text().equals(text));
  }
}
