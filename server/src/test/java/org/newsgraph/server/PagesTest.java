package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {
  @Test
  void highlight_escapesEverythingAndSkipsOverlaps() {
    String text = "a <b> Kabul & more";
    String html = Pages.highlight(text, List.of(new int[] {6, 11, 0}, new int[] {8, 12, 1}), List.of("place", "actor"));
    assertEquals("a &lt;b&gt; <mark class=place>Kabul</mark> &amp; more", html);
  }

  @Test
  void escape_quotesAndAngles() {
    assertEquals("&quot;&#39;&lt;&gt;&amp;", Html.escape("\"'<>&"));
    assertEquals("", Html.escape(null));
  }
}
