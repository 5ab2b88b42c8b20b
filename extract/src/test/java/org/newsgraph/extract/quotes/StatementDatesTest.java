package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Fixtures;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.TimeValue;

class StatementDatesTest {
  private static final String SAID = "The minister said on Monday that talks resume on Friday";
  private static final String[] SAID_LEMMAS =
      {"the", "minister", "say", "on", "Monday", "that", "talk", "resume", "on", "Friday"};
  private static final String[] SAID_TAGS = {"DT", "NN", "VBD", "IN", "NNP", "IN", "NNS", "VBP", "IN", "NNP"};
  private static final int[][] SAID_ARCS =
      {{-1, 2}, {2, 1}, {1, 0}, {2, 4}, {4, 3}, {2, 7}, {7, 5}, {7, 6}, {7, 9}, {9, 8}};
  private static final String[] SAID_RELATIONS =
      {"root", "nsubj", "det", "obl", "case", "ccomp", "mark", "nsubj", "obl", "case"};

  private static Quote quote(String text, String content, String cue) {
    int c = text.indexOf(content);
    int q = text.indexOf(cue);
    return new Quote(List.of(Span.of(text, c, c + content.length())), false, null, null,
        Span.of(text, q, q + cue.length()), null, List.of());
  }

  private static TimeValue time(String text, String words, String value, TimeType type) {
    int i = text.indexOf(words);
    return new TimeValue(Span.of(text, i, i + words.length()), value, type, "2022-01-11", "day");
  }

  private static String dateOf(Sentence sentence, Quote quote, TimeValue... times) {
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(sentence), List.of());
    return StatementDates.date(List.of(quote), ling, List.of(times)).get(0).date();
  }

  @Test
  void date_timeOnTheCue_datesTheStatementNotTheTimeInsideWhatWasSaid() {
    Sentence s = Fixtures.sentence(SAID, SAID_LEMMAS, SAID_TAGS, null, SAID_ARCS, SAID_RELATIONS);
    Quote q = quote(SAID, "that talks resume on Friday", "said");
    assertEquals("2022-01-10", dateOf(s, q,
        time(SAID, "Monday", "2022-01-10", TimeType.DATE), time(SAID, "Friday", "2022-01-14", TimeType.DATE)));
    assertNull(dateOf(s, q, time(SAID, "Friday", "2022-01-14", TimeType.DATE)), "only the content's time");
  }

  @Test
  void date_aTimeToComeOrAfterByIsNoStatementDate() {
    Sentence s = Fixtures.sentence(SAID, SAID_LEMMAS, SAID_TAGS, null, SAID_ARCS, SAID_RELATIONS);
    Quote q = quote(SAID, "that talks resume on Friday", "said");
    assertNull(dateOf(s, q, time(SAID, "Monday", "2022-01-17", TimeType.DATE)), "after the publication date");
    assertEquals("2022-01", dateOf(s, q, time(SAID, "Monday", "2022-01", TimeType.DATE)), "this month");

    String by = "By 2010 it expects growth";
    Sentence t = Fixtures.sentence(by, new String[] {"by", "2010", "it", "expect", "growth"},
        new String[] {"IN", "CD", "PRP", "VBZ", "NN"}, null,
        new int[][] {{-1, 3}, {3, 1}, {1, 0}, {3, 2}, {3, 4}}, new String[] {"root", "obl", "case", "nsubj", "obj"});
    TimeValue year = new TimeValue(Span.of(by, 3, 7), "2010", TimeType.DATE, null, "year");
    assertNull(dateOf(t, quote(by, "growth", "expects"), year));
  }

  @Test
  void date_durationsAndReferencesAreNoDates() {
    Sentence s = Fixtures.sentence(SAID, SAID_LEMMAS, SAID_TAGS, null, SAID_ARCS, SAID_RELATIONS);
    Quote q = quote(SAID, "that talks resume on Friday", "said");
    assertNull(dateOf(s, q, time(SAID, "Monday", "P1D", TimeType.DURATION)));
    assertNull(dateOf(s, q, time(SAID, "Monday", "PRESENT_REF", TimeType.DATE)));
  }

  @Test
  void date_timeInTheSubject_onlyWhenTheSubjectIsTheChannel() {
    String talks = "Talks held on Sunday indicated flexibility";
    Sentence s = Fixtures.sentence(talks,
        new String[] {"talk", "hold", "on", "Sunday", "indicate", "flexibility"},
        new String[] {"NNS", "VBN", "IN", "NNP", "VBD", "NN"}, null,
        new int[][] {{-1, 4}, {4, 0}, {0, 1}, {1, 3}, {3, 2}, {4, 5}},
        new String[] {"root", "nsubj", "acl", "obl", "case", "obj"});
    assertNull(dateOf(s, quote(talks, "flexibility", "indicated"),
        time(talks, "Sunday", "2022-01-09", TimeType.DATE)), "the talks' date is not the statement's");

    String statement = "A statement released on Sunday said peace returned";
    Sentence t = Fixtures.sentence(statement,
        new String[] {"a", "statement", "release", "on", "Sunday", "say", "peace", "return"},
        new String[] {"DT", "NN", "VBN", "IN", "NNP", "VBD", "NN", "VBD"}, null,
        new int[][] {{-1, 5}, {5, 1}, {1, 0}, {1, 2}, {2, 4}, {4, 3}, {5, 7}, {7, 6}},
        new String[] {"root", "nsubj", "det", "acl", "obl", "case", "ccomp", "nsubj"});
    assertEquals("2022-01-09", dateOf(t, quote(statement, "peace returned", "said"),
        time(statement, "Sunday", "2022-01-09", TimeType.DATE)));
  }

  @Test
  void date_timeInAnotherClause_isNotTheStatements() {
    String text = "She said after talks ended on Thursday that nothing changed";
    Sentence s = Fixtures.sentence(text,
        new String[] {"she", "say", "after", "talk", "end", "on", "Thursday", "that", "nothing", "change"},
        new String[] {"PRP", "VBD", "IN", "NNS", "VBD", "IN", "NNP", "IN", "NN", "VBD"}, null,
        new int[][] {{-1, 1}, {1, 0}, {1, 4}, {4, 2}, {4, 3}, {4, 6}, {6, 5}, {1, 9}, {9, 7}, {9, 8}},
        new String[] {"root", "nsubj", "advcl", "mark", "nsubj", "obl", "case", "ccomp", "mark", "nsubj"});
    assertNull(dateOf(s, quote(text, "that nothing changed", "said"),
        time(text, "Thursday", "2022-01-06", TimeType.DATE)));
  }

  @Test
  void date_withoutParse_aTimeNextToTheCue() {
    String text = "he said Monday , in Kabul , that talks resume";
    Sentence s = unparsed(text);
    Quote q = quote(text, "that talks resume", "said");
    assertEquals("2022-01-10", dateOf(s, q, time(text, "Monday", "2022-01-10", TimeType.DATE)));

    String far = "he said , in Kabul on Monday , that talks resume";
    Sentence t = unparsed(far);
    assertNull(dateOf(t, quote(far, "that talks resume", "said"), time(far, "Monday", "2022-01-10", TimeType.DATE)));
  }

  private static Sentence unparsed(String text) {
    String[] words = text.split(" ");
    String[] tags = new String[words.length];
    Arrays.fill(tags, "NN");
    return Fixtures.sentence(text, words, tags, null, new int[0][], new String[0]);
  }

  @Test
  void date_quoteWithoutCue_staysUndated() {
    Sentence s = Fixtures.sentence(SAID, SAID_LEMMAS, SAID_TAGS, null, SAID_ARCS, SAID_RELATIONS);
    int c = SAID.indexOf("talks");
    Quote q = new Quote(List.of(Span.of(SAID, c, SAID.length())), true, null, null, null, null, List.of());
    assertNull(dateOf(s, q, time(SAID, "Monday", "2022-01-10", TimeType.DATE)));
  }
}
