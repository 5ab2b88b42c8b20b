package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** {@code newsgraph ingest} with good and bad input in one run, with the real models and a real store. */
class IngestIT {
  @TempDir Path dir;

  @Test
  void ingest_badInputs_eachReportedOnOneLine_goodOnesStored_rerunStoresNothingNew() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Rebels meet in Tehran\n\nThe rebels met officials in Tehran on Monday, "
        + "the ministry said.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0});
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners protest in Paris\n\nThey said so.".getBytes(
        StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("feed.jsonl"), String.join("\n",
        "{\"id\": \"a1\", \"outlet\": \"Wire\", \"published\": \"2022-01-10\", \"title\": \"One\", "
            + "\"text\": \"The minister visited Kabul on Sunday.\"}",
        "{\"id\": \"a2\", \"text\": \"unterminated",
        "{\"id\": \"a3\", \"outlet\": \"Wire\", \"published\": \"2022-01-11\", \"title\": \"Three\", "
            + "\"text\": \"Police said protesters gathered in Herat.\"}") + "\n");
    Files.writeString(in.resolve("huge.txt"), "word ".repeat(4_200_000));
    Path missing = dir.resolve("no-such-file.txt");
    Path data = dir.resolve("data");

    Console.Result first = Console.run("ingest", in.toString(), missing.toString(), "--data", data.toString(),
        "--threads", "2");

    assertEquals(1, first.status(), first.err());
    List<String> lines = first.err().lines().filter(l -> !l.startsWith("stored ")).toList();
    assertOneLine(lines, "empty.txt", "empty");
    assertOneLine(lines, "binary.txt", "binary");
    assertOneLine(lines, "latin1.txt", "UTF-8");
    assertOneLine(lines, "feed.jsonl:2", "JSON");
    assertOneLine(lines, "huge.txt", "too long");
    assertOneLine(lines, "no-such-file.txt", "no such file");
    assertTrue(first.err().contains("stored 3 articles"), first.err());
    assertTrue(first.err().contains("6 problems"), first.err());
    try (Store store = Store.openReadOnly(data)) {
      Map<String, Long> counts = store.counts();
      assertEquals(3L, counts.get("articles"));
      assertEquals(6L, counts.get("problems"));
    }

    Console.Result again = Console.run("ingest", in.resolve("good.txt").toString(), in.resolve("feed.jsonl").toString(),
        "--data", data.toString());
    assertTrue(again.err().contains("stored 0 articles (3 already present)"), again.err());
    try (Store store = Store.openReadOnly(data)) {
      assertEquals(3L, store.counts().get("articles"));
    }
  }

  @Test
  void ingest_unknownOption_isAUsageError() {
    Console.Result r = Console.run("ingest", "x.txt", "--frobnicate");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--frobnicate"), r.err());
  }

  private static void assertOneLine(List<String> lines, String file, String reason) {
    long n = lines.stream().filter(l -> l.contains(file) && l.toLowerCase().contains(reason.toLowerCase())).count();
    assertEquals(1, n, "one line naming " + file + " and '" + reason + "' in:\n" + String.join("\n", lines));
  }
}
