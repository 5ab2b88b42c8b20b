package org.newsgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.sources.Items.ENGLISH;
import static org.newsgraph.sources.Items.only;
import static org.newsgraph.sources.Items.onlyProblem;
import static org.newsgraph.sources.Items.readAll;
import static org.newsgraph.sources.Items.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class HtmlArticlesTest {

  @TempDir Path dir;

  private Path fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/sources/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void html_navigationShareButtonsAndCommentPrompt_areDropped() throws IOException {
    Article article = only(readAll(fixture("article-with-comments.html")));
    String text = article.text();

    assertTrue(text.startsWith("Taliban officials met with representatives"), text);
    assertTrue(text.contains("the Washington Post reported on Tuesday"), "inline markup joins words: " + text);
    assertTrue(text.endsWith("all of the country's ethnic groups."), text);
    for (String boilerplate : new String[] {
        "Leave a Reply", "Share this", "Click to share", "Facebook", "Subscribe", "Home", "Post Comment",
        "Your email address", "Most read", "All rights reserved"}) {
      assertFalse(text.contains(boilerplate), "kept \"" + boilerplate + "\" in: " + text);
    }
  }

  @Test
  void html_paragraphs_areSeparatedByOneBlankLine() throws IOException {
    String text = only(readAll(fixture("article-with-comments.html"))).text();

    assertEquals(4, text.split("\n\n").length, text);
    assertFalse(text.contains("\n\n\n"));
    assertTrue(text.contains("ruling movement in Kabul and the coalition"), "line breaks in the source collapse");
  }

  @Test
  void html_metadata_isReadFromMetaTags() throws IOException {
    Path file = fixture("article-with-comments.html");

    Article article = only(readAll(file));

    assertEquals(LocalDate.of(2022, 1, 11), article.published(), "the local date in -05:00, not the UTC one");
    assertEquals("Example Daily", article.outlet());
    assertEquals("https://daily.example.org/2022/01/11/taliban-opposition-iran/", article.url());
    assertTrue(article.title().startsWith("Taliban meets armed opposition in Iran"), article.title());
    assertEquals("en", article.language());
    assertEquals(file.toString(), article.source());
  }

  @Test
  void html_commentPromptInsideTheContent_isDropped() {
    Path file = write(dir.resolve("replay.html"), page("""
        <p>%s</p>
        <p>Leave a Replay</p>
        <p>Share this:</p>
        <p>%s</p>""".formatted(ENGLISH, ENGLISH)));

    String text = only(readAll(file)).text();

    assertEquals(ENGLISH + "\n\n" + ENGLISH, text);
  }

  @Test
  void html_jsonLdDatePublished_isUsedWhenNoMetaTag() {
    Path file = write(dir.resolve("ld.html"), page("<p>" + ENGLISH + "</p>").replace("<head>", """
        <head><script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
          {"@type": "NewsArticle", "dateCreated": "2019-12-30", "datePublished": "2020-01-02T08:00:00+09:00"}]}
        </script>"""));

    assertEquals(LocalDate.of(2020, 1, 2), only(readAll(file)).published());
  }

  @Test
  void html_timeElement_isTheLastResortForTheDate() {
    Path file = write(dir.resolve("time.html"),
        page("<p><time datetime=\"2018-07-04T10:00:00Z\">July 4</time></p><p>" + ENGLISH + "</p>"));

    assertEquals(LocalDate.of(2018, 7, 4), only(readAll(file)).published());
  }

  @Test
  void html_dcDateMeta_isRead() {
    Path file = write(dir.resolve("dc.html"), page("<p>" + ENGLISH + "</p>")
        .replace("<head>", "<head><meta name=\"DC.date.issued\" content=\"2017-03-02\">"));

    assertEquals(LocalDate.of(2017, 3, 2), only(readAll(file)).published());
  }

  @Test
  void html_userTitle_onlyWhenThePageHasNone() {
    Path untitled = write(dir.resolve("untitled.html"),
        "<html><head></head><body><p>" + ENGLISH + "</p></body></html>");
    Path titled = write(dir.resolve("titled.html"), page("<p>" + ENGLISH + "</p>"));
    ReadOptions options = new ReadOptions(null, null, "User Title", 100_000);

    assertEquals("User Title", only(readAll(options, untitled)).title());
    assertEquals("Page Title", only(readAll(options, titled)).title());
  }

  @Test
  void html_withoutText_isReported() {
    Path file = write(dir.resolve("empty-body.html"), "<html><head><title>T</title></head><body> </body></html>");

    assertEquals("no article text found in the HTML", onlyProblem(readAll(file)).message());
  }

  @Test
  void html_soup_doesNotThrow() {
    Path file = write(dir.resolve("soup.html"), "<p><b>Unclosed <i>tags <div>and " + ENGLISH + "</p></td></table>");

    assertTrue(only(readAll(file)).text().contains("Unclosed tags"));
  }

  @Test
  void html_declaredLegacyCharset_isDecodedWithIt() {
    byte[] bytes = ("<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><p>"
        + ENGLISH + " Caf\u00e9 cr\u00e8me.</p></body></html>").getBytes(Charset.forName("windows-1252"));
    Path file = write(dir.resolve("legacy.html"), bytes);

    assertTrue(only(readAll(file)).text().endsWith("Caf\u00e9 cr\u00e8me."));
  }

  static String page(String body) {
    return """
        <!DOCTYPE html>
        <html><head><title>Page Title</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>%s</article>
        </body></html>""".formatted(body);
  }
}
