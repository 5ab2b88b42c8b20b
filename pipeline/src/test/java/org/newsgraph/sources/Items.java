package org.newsgraph.sources;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Problem;

/** Test helpers: reading everything, and picking items apart. */
final class Items {

  private Items() {}

  static List<SourceItem> readAll(ReadOptions options, String... paths) {
    List<SourceItem> items = new ArrayList<>();
    try (ArticleSources sources = ArticleSources.open(List.of(paths), options)) {
      sources.forEachRemaining(items::add);
    }
    return items;
  }

  static List<SourceItem> readAll(Path... paths) {
    return readAll(ReadOptions.defaults(), paths);
  }

  static List<SourceItem> readAll(ReadOptions options, Path... paths) {
    String[] names = new String[paths.length];
    for (int i = 0; i < paths.length; i++) {
      names[i] = paths[i].toString();
    }
    return readAll(options, names);
  }

  static Article article(SourceItem item) {
    return assertInstanceOf(SourceItem.Read.class, item, () -> "expected an article, got " + item).article();
  }

  static Problem problem(SourceItem item) {
    return assertInstanceOf(SourceItem.Failed.class, item, () -> "expected a failure, got " + item).problem();
  }

  static Article only(List<SourceItem> items) {
    if (items.size() != 1) {
      throw new AssertionError("expected one item, got " + items);
    }
    return article(items.get(0));
  }

  static Problem onlyProblem(List<SourceItem> items) {
    if (items.size() != 1) {
      throw new AssertionError("expected one item, got " + items);
    }
    return problem(items.get(0));
  }

  static Path write(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      return Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path path, byte[] content) {
    try {
      Files.createDirectories(path.getParent());
      return Files.write(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String ENGLISH = "The minister said on Tuesday that the government would not change its plans for "
      + "the new border crossing, which has been at the centre of a dispute with the neighbouring country since "
      + "it was announced in March.";
}
