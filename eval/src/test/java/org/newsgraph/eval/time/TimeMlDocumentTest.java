package org.newsgraph.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fakes;

class TimeMlDocumentTest {
  @Test
  void read_textWithoutTagsAndTimexOffsetsInIt() {
    TimeMlDocument doc = TimeMlDocument.read(Fakes.resource("time/a.tml"), "a.tml");
    assertEquals("\nPrices fell on Monday & rose last week. Talks end this year.\n", doc.text());
    assertEquals(LocalDate.of(1998, 1, 8), doc.dct());
    assertEquals(3, doc.timexes().size(), "the TIMEX3 of the TITLE is outside TEXT");
    Timex monday = doc.timexes().get(0);
    assertEquals("on Monday", doc.text().substring(monday.span().start(), monday.span().end()));
    assertEquals("DATE", monday.type());
    assertEquals("1998-01-05", monday.value());
    assertEquals("P1W", doc.timexes().get(1).value());
  }

  @Test
  void read_dateTimeDct_keepsTheDatePart() {
    TimeMlDocument doc = TimeMlDocument.read(Fakes.resource("time/sub/b.tml"), "sub/b.tml");
    assertEquals(LocalDate.of(1998, 1, 12), doc.dct());
    assertEquals("Nothing happened on Monday.", doc.text());
  }

  @Test
  void read_brokenXml_namesTheFile(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("x.tml"), "<TimeML><TEXT>open");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeMlDocument.read(broken, "x.tml"));
    assertEquals(true, e.getMessage().contains("x.tml"), e.getMessage());
  }
}
