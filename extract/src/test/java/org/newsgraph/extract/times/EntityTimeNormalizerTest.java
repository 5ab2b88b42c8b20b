package org.newsgraph.extract.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.TimeValue;

class EntityTimeNormalizerTest {
  @Test
  void normalize_dateEntity_keepsValueAndAnchor() {
    String text = "He spoke on Monday.";
    Article article = Article.of(null, null, null, null, LocalDate.of(2022, 1, 11), "en", text, "t");
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(),
        List.of(new EntityMention(Span.of(text, 12, 18), EntityType.DATE, 0, "2022-01-10"),
            new EntityMention(Span.of(text, 0, 2), EntityType.PERSON, 0, null)));
    List<TimeValue> times = new EntityTimeNormalizer().normalize(article, ling);
    assertEquals(1, times.size());
    assertEquals("2022-01-10", times.get(0).value());
    assertEquals(TimeType.DATE, times.get(0).type());
    assertEquals("2022-01-11", times.get(0).anchor());
    assertEquals("day", times.get(0).granularity());
  }

  @Test
  void granularity_ofEachValueShape() {
    assertEquals("week", EntityTimeNormalizer.granularity("2022-W01-WE"));
    assertEquals("month", EntityTimeNormalizer.granularity("2021-08"));
    assertEquals("year", EntityTimeNormalizer.granularity("2021"));
    assertEquals("decade", EntityTimeNormalizer.granularity("199X"));
    assertEquals("time", EntityTimeNormalizer.granularity("2022-01-10T08:00"));
    assertNull(EntityTimeNormalizer.granularity("PXW"));
    assertNull(EntityTimeNormalizer.granularity(null));
  }
}
