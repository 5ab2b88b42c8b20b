package org.newsgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.sources.Items.ENGLISH;
import static org.newsgraph.sources.Items.article;
import static org.newsgraph.sources.Items.onlyProblem;
import static org.newsgraph.sources.Items.problem;
import static org.newsgraph.sources.Items.readAll;
import static org.newsgraph.sources.Items.write;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class FeedArticlesTest {

  @TempDir Path dir;

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Example Wire</title>
          <link>https://wire.example.net/</link>
          <description>All the news</description>
          <item>
            <title>Ministers meet &amp; agree</title>
            <link>https://wire.example.net/ministers</link>
            <guid isPermaLink="false">wire-0001</guid>
            <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
            <description><![CDATA[<p>%s</p><p>Second <b>paragraph</b> here.</p>]]></description>
          </item>
          <item>
            <title>Only a summary</title>
            <link>https://wire.example.net/summary</link>
            <pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>The full text of the story.</p>]]></content:encoded>
          </item>
          <item>
            <title>No text at all</title>
            <link>https://wire.example.net/empty</link>
          </item>
        </channel>
      </rss>
      """.formatted(ENGLISH);

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Atom Times</title>
        <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
        <updated>2024-04-01T12:00:00Z</updated>
        <entry>
          <title>Atom story</title>
          <link href="https://atom.example.org/story"/>
          <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
          <published>2024-03-31T12:00:00Z</published>
          <updated>2024-04-01T12:00:00Z</updated>
          <content type="html">&lt;p&gt;%s&lt;/p&gt;</content>
        </entry>
      </feed>
      """.formatted(ENGLISH);

  @Test
  void rss_itemsBecomeArticles_withHtmlStripped() {
    Path file = write(dir.resolve("wire.rss"), RSS);

    List<SourceItem> items = readAll(file);

    assertEquals(3, items.size(), items.toString());
    Article first = article(items.get(0));
    assertEquals("Ministers meet & agree", first.title());
    assertEquals("https://wire.example.net/ministers", first.url());
    assertEquals("wire-0001", first.externalId());
    assertEquals(LocalDate.of(2024, 3, 5), first.published());
    assertEquals("Example Wire", first.outlet());
    assertEquals(ENGLISH + "\n\nSecond paragraph here.", first.text());
    assertEquals("en", first.language());
    assertEquals(file + "#1", first.source());
    assertEquals("The full text of the story.", article(items.get(1)).text(), "content wins over description");
    assertEquals("feed entry has no text", problem(items.get(2)).message());
    assertEquals(file + "#3", problem(items.get(2)).source());
  }

  @Test
  void atom_entriesBecomeArticles() {
    Path file = write(dir.resolve("times.atom"), ATOM);

    Article article = Items.only(readAll(file));

    assertEquals("Atom story", article.title());
    assertEquals("https://atom.example.org/story", article.url());
    assertEquals(LocalDate.of(2024, 3, 31), article.published());
    assertEquals("Atom Times", article.outlet());
    assertEquals(ENGLISH, article.text());
  }

  @Test
  void xmlThatIsNotAFeed_isSkippedInAFolder_butReportedWhenNamed() {
    Path sitemap = write(dir.resolve("site/sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url/></urlset>");
    write(dir.resolve("site/wire.xml"), RSS);

    assertEquals(3, readAll(dir.resolve("site")).size(), "only the feed's three entries");
    assertTrue(onlyProblem(readAll(sitemap)).message().startsWith("not an RSS or Atom feed"));
  }

  @Test
  void malformedFeed_isReported() {
    Path file = write(dir.resolve("broken.rss"), "<rss version=\"2.0\"><channel><title>Unclosed");

    assertTrue(onlyProblem(readAll(file)).message().startsWith("malformed feed"), readAll(file).toString());
  }

  @Test
  void feedUrl_isFetchedOverHttp_andHttpErrorsReported() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", exchange -> {
      byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();

      List<SourceItem> items = readAll(ReadOptions.defaults(), base + "/feed.xml", base + "/missing.xml");

      assertEquals(4, items.size(), items.toString());
      Article first = article(items.get(0));
      assertEquals("https://wire.example.net/ministers", first.url());
      assertEquals(base + "/feed.xml#1", first.source());
      assertEquals(base + "/missing.xml", problem(items.get(3)).source());
      assertEquals("HTTP status 404", problem(items.get(3)).message());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void feedUrl_refusedConnection_isReported() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    String message = onlyProblem(readAll(ReadOptions.defaults(), "http://127.0.0.1:" + port + "/feed")).message();

    assertTrue(message.startsWith("could not connect"), message);
  }
}
