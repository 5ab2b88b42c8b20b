package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** {@code newsgraph demo --no-serve}: the example article first, then the Wikinews articles, in a fresh store. */
class DemoIT {
  @TempDir Path dir;

  @Test
  void demo_ingestsTheExamplesAndSummarisesTheExampleArticle() throws Exception {
    Path data = dir.resolve("demo");

    Console.Result r = Console.run("demo", "--no-serve", "--data", data.toString());

    assertEquals(0, r.status(), r.err());
    String out = r.out();
    assertTrue(out.contains("Resilient Atmosphere"), out);
    assertTrue(out.contains("Who said what"), out);
    assertTrue(out.contains("Michael Kugelman (said): By extending an olive branch"), out);
    assertTrue(out.contains("\"Monday\" = 2022-01-10") || out.contains("\"on Monday\" = 2022-01-10"), out);
    assertTrue(out.contains("Most mentioned actors"), out);
    try (Store store = Store.openReadOnly(data)) {
      assertEquals(348L, store.counts().get("articles"));
      assertEquals(0L, store.counts().get("problems"));
    }
    assertTrue(Files.exists(data.resolve(DemoCommand.MARKER)));

    Console.Result again = Console.run("demo", "--no-serve", "--data", data.toString());
    assertEquals(0, again.status(), again.err());
    try (Store store = Store.openReadOnly(data)) {
      assertEquals(348L, store.counts().get("articles"), "a second demo starts from a fresh store");
    }
  }
}
