package org.newsgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class JsonlIdentityTest {
  @TempDir Path dir;

  private List<Article> read(Path file) throws Exception {
    List<Article> articles = new ArrayList<>();
    try (ArticleSources sources = ArticleSources.open(List.of(file.toString()), ReadOptions.defaults())) {
      sources.forEachRemaining(i -> articles.add(((SourceItem.Read) i).article()));
    }
    return articles;
  }

  @Test
  void jsonl_sameTextUnderTwoRecordIds_isTwoArticles_sameRecordTwiceIsOne() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Files.writeString(a, "{\"id\": \"business/007.txt\", \"text\": \"Same words.\"}\n"
        + "{\"id\": \"business/099.txt\", \"text\": \"Same words.\"}\n");
    Path b = dir.resolve("b.jsonl");
    Files.writeString(b, "{\"id\": \"business/007.txt\", \"text\": \"Same  words.\"}\n");
    List<Article> first = read(a);
    assertNotEquals(first.get(0).id(), first.get(1).id());
    assertEquals(first.get(0).id(), read(b).get(0).id());
  }

  @Test
  void jsonl_withUrl_isIdentifiedByUrlAndText() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Files.writeString(a, "{\"id\": \"x\", \"url\": \"https://example.org/1\", \"text\": \"Words.\"}\n"
        + "{\"id\": \"y\", \"url\": \"https://example.org/1\", \"text\": \"Words.\"}\n");
    List<Article> articles = read(a);
    assertEquals(articles.get(0).id(), articles.get(1).id());
  }
}
