package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class QuotationMarksTest {
  private static List<String> texts(String text) {
    return QuotationMarks.find(text).stream().map(Span::text).toList();
  }

  @Test
  void find_curlyStraightAndGuillemets() {
    assertEquals(List.of("did nothing", "yes", "non"),
        texts("saying the meetings “did nothing” and \"yes\" or «non»."));
  }

  @Test
  void find_mismatchedMachineTranslationMarks_pairsThem() {
    assertEquals(List.of("Washington Post"), texts("newspaper reported “Washington Post“Taliban officials met"));
  }

  @Test
  void find_apostrophesAreNotQuotes() {
    assertEquals(List.of("olive branch"), texts("the Taliban’s move and women’s rights, an ‘olive branch’ offered"));
  }

  @Test
  void find_quoteOverParagraphs_continuesWhenNextParagraphOpens() {
    String text = "He said: “First part.\n\n“Second part,” he added. “Unclosed\n\nNext paragraph.";
    assertEquals(List.of("First part.", "Second part,"), texts(text));
  }

  @Test
  void find_offsetsSelectTheContent() {
    String text = "x “abc” y";
    Span s = QuotationMarks.find(text).get(0);
    assertEquals("abc", text.substring(s.start(), s.end()));
  }

  @Test
  void find_veryLongUnclosedQuote_isDropped() {
    assertEquals(List.of(), texts("“" + "a ".repeat(4000)));
  }
}
