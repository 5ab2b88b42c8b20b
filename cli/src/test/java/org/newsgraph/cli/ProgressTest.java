package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void line_showsCountRateAndTimeLeftFromBytesRead() {
    Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), true, () -> 250, 1000);
    String line = p.line(10, 2);
    assertTrue(line.startsWith("10 articles"), line);
    assertTrue(line.contains("/s"), line);
    assertTrue(line.contains("2 problems"), line);
    assertTrue(line.contains("25%"), line);
    assertTrue(line.contains("left"), line);
  }

  @Test
  void finish_offTerminal_printsOnlyTheSummary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(bytes, true), false, () -> 0, 0);
    p.update(5, 0);
    p.finish("stored 5 articles");
    assertEquals("stored 5 articles" + System.lineSeparator(), bytes.toString());
  }

  @Test
  void format_durations() {
    assertEquals("42s", Progress.format(Duration.ofSeconds(42)));
    assertEquals("2m05s", Progress.format(Duration.ofSeconds(125)));
    assertEquals("1h01m", Progress.format(Duration.ofSeconds(3660)));
  }
}
