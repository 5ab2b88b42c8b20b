package org.newsgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.sources.Items.ENGLISH;
import static org.newsgraph.sources.Items.article;
import static org.newsgraph.sources.Items.only;
import static org.newsgraph.sources.Items.onlyProblem;
import static org.newsgraph.sources.Items.problem;
import static org.newsgraph.sources.Items.readAll;
import static org.newsgraph.sources.Items.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Problem;

class ArticleSourcesTest {

  @TempDir Path dir;

  // ---- plain text

  @Test
  void text_isWholeFileAsDecoded_firstLineIsTitle() {
    String content = "  Border talks collapse\r\n\r\n" + ENGLISH + "\n\n  Second paragraph, indented.  \n\n";
    Path file = write(dir.resolve("story.txt"), content);

    Article article = only(readAll(file));

    assertEquals(content, article.text());
    assertEquals("Border talks collapse", article.title());
    assertEquals(content.indexOf("Second paragraph"), article.text().indexOf("Second paragraph"));
    assertEquals(file.toString(), article.source());
    assertEquals(file.toString(), article.externalId());
    assertEquals("en", article.language());
    assertEquals(Article.idOf(content, null), article.id());
  }

  @Test
  void text_leadingBom_isTheOnlyThingStripped() {
    String content = "Title\n" + ENGLISH + "\n";
    byte[] body = content.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(body, 0, withBom, 3, body.length);

    Article article = only(readAll(write(dir.resolve("bom.txt"), withBom)));

    assertEquals(content, article.text());
    assertEquals("Title", article.title());
  }

  @Test
  void text_sharedMetaJsonNamingTheFile_suppliesMetadata() {
    Path text = write(dir.resolve("seed/article.txt"), "“Resilient Atmosphere”..Taliban meets armed opposition\n\n"
        + "Taliban officials met with representatives of the armed opposition. Leave a Replay\n");
    write(dir.resolve("seed/meta.json"), """
        {"id": "seed-taliban", "file": "article.txt", "title": "Resilient Atmosphere", "published": "2022-01-11",
         "language": "en", "outlet": null, "url": null, "note": "ignored"}""");

    Article article = only(readAll(new ReadOptions(LocalDate.of(2000, 1, 1), "User Outlet", null, 1000), text));

    assertEquals("seed-taliban", article.externalId());
    assertEquals("Resilient Atmosphere", article.title());
    assertEquals(LocalDate.of(2022, 1, 11), article.published());
    assertEquals("en", article.language());
    assertEquals("User Outlet", article.outlet());
    assertNull(article.url());
  }

  @Test
  void text_metaJsonNamingAnotherFile_isNotUsed() {
    Path text = write(dir.resolve("a/story.txt"), "Own title\n" + ENGLISH);
    write(dir.resolve("a/meta.json"), "{\"id\": \"other\", \"file\": \"other.txt\", \"title\": \"Other\"}");

    Article article = only(readAll(text));

    assertEquals("Own title", article.title());
    assertEquals(text.toString(), article.externalId());
  }

  @Test
  void text_namedMetaJson_winsOverSharedOne() {
    Path text = write(dir.resolve("b/story.txt"), "Own title\n" + ENGLISH);
    write(dir.resolve("b/story.meta.json"), "{\"id\": \"mine\", \"url\": \"https://example.org/s\"}");
    write(dir.resolve("b/meta.json"), "{\"id\": \"shared\"}");

    Article article = only(readAll(text));

    assertEquals("mine", article.externalId());
    assertEquals("https://example.org/s", article.url());
  }

  @Test
  void text_malformedMetaJson_isReportedAndArticleStillRead() {
    Path text = write(dir.resolve("c/story.txt"), "Own title\n" + ENGLISH);
    write(dir.resolve("c/meta.json"), "{\"id\": \"x\", \"published\": \"last Tuesday\"}");

    List<SourceItem> items = readAll(text);

    assertEquals(2, items.size());
    Problem problem = problem(items.get(0));
    assertEquals(text.toString(), problem.source());
    assertTrue(problem.message().contains("meta.json not used: published is not a date: \"last Tuesday\""),
        problem.message());
    assertEquals("Own title", article(items.get(1)).title());
  }

  @Test
  void text_unknownExtensionNamedExplicitly_isReadAsText() {
    Path file = write(dir.resolve("notes.md"), "# Heading\n" + ENGLISH);

    assertEquals("# Heading", only(readAll(file)).title());
  }

  // ---- user options

  @Test
  void options_outletAndDate_fillOnlyGaps() {
    Path jsonl = write(dir.resolve("two.jsonl"), """
        {"id": "own", "outlet": "Own Outlet", "published": "2021-05-06", "text": "Text one."}
        {"id": "bare", "text": "Text two."}
        """);
    ReadOptions options = new ReadOptions(LocalDate.of(2020, 2, 3), "User Outlet", null, 1000);

    List<Article> articles = readAll(options, jsonl).stream().map(Items::article).toList();

    assertEquals("Own Outlet", articles.get(0).outlet());
    assertEquals(LocalDate.of(2021, 5, 6), articles.get(0).published());
    assertEquals("User Outlet", articles.get(1).outlet());
    assertEquals(LocalDate.of(2020, 2, 3), articles.get(1).published());
  }

  @Test
  void options_title_appliesToASingleFileOnly() {
    Path one = write(dir.resolve("one.txt"), "First line\n" + ENGLISH);
    Path two = write(dir.resolve("two.txt"), "Other first line\n" + ENGLISH);
    ReadOptions options = new ReadOptions(null, null, "User Title", 10_000);

    assertEquals("User Title", only(readAll(options, one)).title());
    List<SourceItem> both = readAll(options, one, two);
    assertEquals("First line", article(both.get(0)).title());
    assertEquals("Other first line", article(both.get(1)).title());
  }

  @Test
  void options_nonPositiveMaxChars_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReadOptions(null, null, null, 0));
    assertTrue(e.getMessage().contains("was 0"), e.getMessage());
  }

  // ---- folders

  @Test
  void folder_isWalkedRecursivelyInSortedOrder_skippingHiddenAndUnknownFiles() {
    write(dir.resolve("in/b.txt"), "B\n" + ENGLISH);
    write(dir.resolve("in/a/y.txt"), "AY\n" + ENGLISH);
    write(dir.resolve("in/a/x.text"), "AX\n" + ENGLISH);
    write(dir.resolve("in/.hidden.txt"), "hidden\n" + ENGLISH);
    write(dir.resolve("in/.git/config.txt"), "git\n" + ENGLISH);
    write(dir.resolve("in/photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0});
    write(dir.resolve("in/meta.json"), "{\"file\": \"none.txt\"}");
    write(dir.resolve("in/c/d.jsonl"), "{\"title\": \"CD\", \"text\": \"From JSONL.\"}\n");

    List<String> titles = readAll(dir.resolve("in")).stream().map(i -> article(i).title()).toList();

    assertEquals(List.of("AX", "AY", "B", "CD"), titles);
  }

  @Test
  void folder_bytesTotal_isTheSumOfReadableFileSizes() throws IOException {
    Path a = write(dir.resolve("sum/a.txt"), "A\n" + ENGLISH);
    Path b = write(dir.resolve("sum/sub/b.jsonl"), "{\"text\": \"x\"}\n");
    write(dir.resolve("sum/skip.bin"), "not counted");

    try (ArticleSources sources = ArticleSources.open(List.of(dir.resolve("sum").toString()), ReadOptions.defaults())) {
      assertEquals(Files.size(a) + Files.size(b), sources.bytesTotal());
      assertEquals(0, sources.bytesRead());
      sources.forEachRemaining(item -> { });
      assertEquals(sources.bytesTotal(), sources.bytesRead());
    }
  }

  // ---- bad input: one clear failure each, then reading goes on

  @Test
  void emptyFile_isReported_andNextInputRead() {
    Path empty = write(dir.resolve("empty.txt"), "");
    Path good = write(dir.resolve("good.txt"), "Good\n" + ENGLISH);

    List<SourceItem> items = readAll(empty, good);

    assertEquals(new Problem(empty.toString(), null, "read", "empty file"), problem(items.get(0)));
    assertEquals("Good", article(items.get(1)).title());
  }

  @Test
  void whitespaceOnlyFile_isReported() {
    Path blank = write(dir.resolve("blank.txt"), " \n\t\n");

    assertEquals("no text, only whitespace", onlyProblem(readAll(blank)).message());
  }

  @Test
  void binaryFile_isReported() {
    byte[] bytes = ("PK" + "\u0003\u0004" + "zipped").getBytes(StandardCharsets.ISO_8859_1);
    byte[] withNul = Arrays.copyOf(bytes, bytes.length + 4);
    Path file = write(dir.resolve("archive.txt"), withNul);

    assertEquals("binary file, not text", onlyProblem(readAll(file)).message());
  }

  @Test
  void manyControlCharacters_withoutNul_isReportedAsBinary() {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertEquals("binary file, not text", onlyProblem(readAll(write(dir.resolve("ctl.txt"), bytes))).message());
  }

  @Test
  void invalidUtf8_isReportedWithItsByteOffset() {
    byte[] bytes = {'H', 'e', 'l', 'l', 'o', '\n', 'w', 'o', 'r', 'l', 'd', ' ', (byte) 0xc3, '(', '\n'};
    Path file = write(dir.resolve("latin.txt"), bytes);

    Problem problem = onlyProblem(readAll(file));

    assertEquals("invalid UTF-8 at byte 12", problem.message());
    assertEquals(file.toString(), problem.source());
    assertEquals("read", problem.stage());
    assertNull(problem.articleId());
  }

  @Test
  void textTooLong_inBytes_isReportedWithoutReading() {
    Path file = write(dir.resolve("huge.txt"), "x".repeat(5_000));

    Problem problem = onlyProblem(readAll(ReadOptions.defaults().withMaxChars(1_000), file));

    assertEquals("text too long: 5,000 bytes, the limit is 1,000 characters (--max-chars)", problem.message());
  }

  @Test
  void textTooLong_inCharacters_isReported() {
    Path file = write(dir.resolve("long.txt"), "Title\n" + "y".repeat(1_494));

    Problem problem = onlyProblem(readAll(ReadOptions.defaults().withMaxChars(1_200), file));

    assertEquals("text too long: 1,500 characters, the limit is 1,200 (--max-chars)", problem.message());
  }

  @Test
  void missingPath_isReported_andNextInputRead() {
    Path missing = dir.resolve("missing.txt");
    Path good = write(dir.resolve("good.txt"), "Good\n" + ENGLISH);

    List<SourceItem> items = readAll(missing, good);

    assertEquals(new Problem(missing.toString(), null, "read", "no such file"), problem(items.get(0)));
    assertEquals("Good", article(items.get(1)).title());
  }

  @Test
  void pathThroughAFile_isReportedAsMissing() {
    Path file = write(dir.resolve("plain.txt"), "x");

    assertEquals("no such file", onlyProblem(readAll(file.resolve("child.txt"))).message());
  }

  @Test
  void specialFile_isReportedAsNotReadable() {
    assertEquals("not readable: not a regular file", onlyProblem(readAll(Path.of("/dev/null"))).message());
  }

  @Test
  void emptyPathArgument_isReported() {
    assertEquals("empty path", onlyProblem(readAll(ReadOptions.defaults(), "")).message());
  }

  @Test
  void fileDeletedAfterOpen_isReportedWhenReached_showingFilesOpenLazily() throws IOException {
    Path first = write(dir.resolve("first.txt"), "First\n" + ENGLISH);
    Path second = write(dir.resolve("second.txt"), "Second\n" + ENGLISH);
    List<SourceItem> items = new ArrayList<>();

    try (ArticleSources sources = ArticleSources.open(List.of(first.toString(), second.toString()),
        ReadOptions.defaults())) {
      items.add(sources.next());
      Files.delete(second);
      sources.forEachRemaining(items::add);
    }

    assertEquals("First", article(items.get(0)).title());
    assertEquals("no such file", problem(items.get(1)).message());
  }

  @Test
  void permissionDenied_isDescribedAsSuch() {
    // tests run as root, so a real unreadable file cannot be made; the mapping itself is checked
    assertEquals("permission denied", InputProblems.describe(new AccessDeniedException("/x")));
  }

  @Test
  void close_endsIteration() {
    Path a = write(dir.resolve("a.txt"), "A\n" + ENGLISH);
    Path b = write(dir.resolve("b.txt"), "B\n" + ENGLISH);
    ArticleSources sources = ArticleSources.open(List.of(a.toString(), b.toString()), ReadOptions.defaults());
    sources.next();

    sources.close();

    assertFalse(sources.hasNext());
    assertThrows(NoSuchElementException.class, sources::next);
  }

  // ---- JSONL

  @Test
  void jsonl_recordsBecomeArticles_namedByLine() {
    Path file = write(dir.resolve("articles.jsonl"), """
        {"id": "a1", "url": "https://example.org/1", "outlet": "Example", "published": "2024-03-05T23:30:00-05:00", \
        "title": "One", "text": "%s", "license": "CC-BY", "extra": [1, 2]}
        {"id": 42, "published": null, "text": "Deux phrases en français. Rien de plus ici.", "language": "fr"}
        """.formatted(ENGLISH));

    List<SourceItem> items = readAll(file);

    Article first = article(items.get(0));
    assertEquals("a1", first.externalId());
    assertEquals("https://example.org/1", first.url());
    assertEquals("Example", first.outlet());
    assertEquals("One", first.title());
    assertEquals(LocalDate.of(2024, 3, 5), first.published());
    assertEquals(ENGLISH, first.text());
    assertEquals("en", first.language());
    assertEquals(file + ":1", first.source());
    Article second = article(items.get(1));
    assertEquals("42", second.externalId());
    assertNull(second.published());
    assertEquals("fr", second.language());
    assertEquals(file + ":2", second.source());
  }

  @Test
  void jsonl_malformedLine_isReportedAndRestRead() {
    Path file = write(dir.resolve("mixed.jsonl"), String.join("\n",
        "{\"id\": \"ok1\", \"text\": \"First good one.\"}",
        "{\"id\": \"broken\", \"text\": ",
        "{\"id\": \"no-text\"}",
        "",
        "{\"id\": \"number\", \"text\": 5}",
        "{\"id\": \"blank\", \"text\": \"   \"}",
        "[1, 2, 3]",
        "{\"id\": \"trailing\", \"text\": \"x\"} junk",
        "{\"id\": \"bad-date\", \"text\": \"x\", \"published\": \"yesterday\"}",
        "   ",
        "{\"id\": \"ok2\", \"text\": \"Second good one.\"}") + "\n");

    List<SourceItem> items = readAll(file);

    assertEquals(9, items.size(), items.toString());
    assertEquals("ok1", article(items.get(0)).externalId());
    Problem broken = problem(items.get(1));
    assertEquals(file + ":2", broken.source());
    assertTrue(broken.message().startsWith("malformed JSON: "), broken.message());
    assertFalse(broken.message().contains("\n"));
    assertEquals(new Problem(file + ":3", null, "read", "missing text"), problem(items.get(2)));
    assertEquals(new Problem(file + ":5", null, "read", "text is not a string"), problem(items.get(3)));
    assertEquals(new Problem(file + ":6", null, "read", "empty text"), problem(items.get(4)));
    assertEquals(new Problem(file + ":7", null, "read", "not a JSON object"), problem(items.get(5)));
    assertEquals(file + ":8", problem(items.get(6)).source());
    assertTrue(problem(items.get(6)).message().startsWith("malformed JSON"), problem(items.get(6)).message());
    assertEquals("published is not a date: \"yesterday\"", problem(items.get(7)).message());
    Article last = article(items.get(8));
    assertEquals("ok2", last.externalId());
    assertEquals(file + ":11", last.source());
  }

  @Test
  void jsonl_invalidUtf8Line_isReportedWithFileByteOffset_andRestRead() {
    byte[] first = "{\"text\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, '"', '}', '\n'};
    byte[] third = "{\"text\": \"also fine\"}\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(first);
    all.writeBytes(second);
    all.writeBytes(third);
    Path file = write(dir.resolve("enc.jsonl"), all.toByteArray());

    List<SourceItem> items = readAll(file);

    assertEquals(3, items.size());
    assertEquals(new Problem(file + ":2", null, "read", "invalid UTF-8 at byte " + (first.length + 9)),
        problem(items.get(1)));
    assertEquals("also fine", article(items.get(2)).text());
  }

  @Test
  void jsonl_textTooLong_isReportedForItsLine() {
    Path file = write(dir.resolve("long.jsonl"),
        "{\"text\": \"" + "z".repeat(2_000) + "\"}\n{\"text\": \"short\"}\n");

    List<SourceItem> items = readAll(ReadOptions.defaults().withMaxChars(1_500), file);

    assertEquals("text too long: 2,000 characters, the limit is 1,500 (--max-chars)", problem(items.get(0)).message());
    assertEquals("short", article(items.get(1)).text());
  }

  @Test
  void jsonl_isStreamed_bytesReadGrowsLineByLine() throws IOException {
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      content.append("{\"id\": \"").append(i).append("\", \"text\": \"Article number ").append(i).append(".\"}\n");
    }
    Path file = write(dir.resolve("many.jsonl"), content.toString());
    List<Long> progress = new ArrayList<>();
    int count = 0;

    try (ArticleSources sources = ArticleSources.open(List.of(file.toString()), ReadOptions.defaults())) {
      assertEquals(Files.size(file), sources.bytesTotal());
      while (sources.hasNext()) {
        article(sources.next());
        count++;
        progress.add(sources.bytesRead());
      }
    }

    assertEquals(3_000, count);
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) > progress.get(i - 1), "bytesRead must grow with every line, at " + i);
    }
    assertTrue(progress.get(0) < 100, "after one line only that line is counted, was " + progress.get(0));
    assertEquals(Files.size(file), progress.get(progress.size() - 1));
  }

  @Test
  void jsonl_lineLongerThanTheLineLimit_isSkippedNotBuffered() {
    Path file = write(dir.resolve("wide.jsonl"),
        "{\"text\": \"" + "w".repeat(1_100_000) + "\"}\n{\"text\": \"after\"}\n");

    List<SourceItem> items = readAll(ReadOptions.defaults().withMaxChars(10), file);

    assertTrue(problem(items.get(0)).message().startsWith("line too long: 1,100,012 bytes"),
        problem(items.get(0)).message());
    assertEquals("after", article(items.get(1)).text());
  }
}
