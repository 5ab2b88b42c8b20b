package org.newsgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.sources.Items.ENGLISH;
import static org.newsgraph.sources.Items.article;
import static org.newsgraph.sources.Items.problem;
import static org.newsgraph.sources.Items.readAll;
import static org.newsgraph.sources.Items.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.model.Article;

class WarcArticlesTest {

  @TempDir Path dir;

  private static final Instant CRAWLED = Instant.parse("2023-06-30T23:59:00Z");

  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      writer.write(new WarcRequest.Builder("https://news.example.com/dated")
          .date(CRAWLED)
          .body(MediaType.HTTP_REQUEST, new HttpRequest.Builder("GET", "/dated").build())
          .build());
      writer.write(response("https://news.example.com/dated", 200, MediaType.HTML_UTF8, """
          <html><head><title>Dated story</title>
          <meta property="article:published_time" content="2023-06-29T09:00:00+02:00"></head>
          <body><nav>Home | World</nav><article><p>%s</p></article></body></html>""".formatted(ENGLISH)));
      writer.write(response("https://news.example.com/robots.txt", 200, MediaType.PLAIN_TEXT, "User-agent: *"));
      writer.write(response("https://news.example.com/gone", 404, MediaType.HTML_UTF8,
          "<html><body><p>Not found, sorry about that, the page you want is not here any more.</p></body></html>"));
      writer.write(response("https://news.example.com/undated", 200, MediaType.parse("text/html"), """
          <html><head><title>Undated story</title></head>
          <body><article><p>%s</p></article></body></html>""".formatted(ENGLISH)));
      writer.write(response("https://news.example.com/blank", 200, MediaType.HTML_UTF8,
          "<html><body></body></html>"));
    }
    return file;
  }

  private static WarcResponse response(String uri, int status, MediaType type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(type, body.getBytes(StandardCharsets.UTF_8))
        .build();
    return new WarcResponse.Builder(uri).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http).build();
  }

  @Test
  void warc_htmlResponses_becomeArticles_otherRecordsSkipped() throws IOException {
    Path file = writeWarc("crawl.warc", WarcCompression.NONE);

    List<SourceItem> items = readAll(file);

    assertEquals(3, items.size(), items.toString());
    Article dated = article(items.get(0));
    assertEquals("https://news.example.com/dated", dated.url());
    assertEquals("Dated story", dated.title());
    assertEquals(ENGLISH, dated.text());
    assertEquals(LocalDate.of(2023, 6, 29), dated.published(), "the page's own date wins over the WARC-Date");
    assertTrue(dated.source().startsWith(file + "@"), dated.source());
    Article undated = article(items.get(1));
    assertEquals("https://news.example.com/undated", undated.url());
    assertEquals(LocalDate.of(2023, 6, 30), undated.published(), "the WARC-Date's date, in UTC");
    assertEquals("no article text found in the HTML", problem(items.get(2)).message());
    assertTrue(problem(items.get(2)).source().startsWith(file + "@"));
  }

  @Test
  void warcGz_isReadToo_andProgressReachesTheTotal() throws IOException {
    Path file = writeWarc("crawl.warc.gz", WarcCompression.GZIP);

    try (ArticleSources sources = ArticleSources.open(List.of(file.toString()), ReadOptions.defaults())) {
      assertEquals("https://news.example.com/dated", article(sources.next()).url());
      assertEquals("https://news.example.com/undated", article(sources.next()).url());
      sources.forEachRemaining(item -> { });
      assertEquals(sources.bytesTotal(), sources.bytesRead());
    }
  }

  @Test
  void warc_notAWarcFile_isReported() {
    Path file = write(dir.resolve("fake.warc"), "this is not a WARC file at all\n");

    List<SourceItem> items = readAll(file);

    assertEquals(1, items.size(), items.toString());
    assertEquals(file.toString(), problem(items.get(0)).source());
  }
}
