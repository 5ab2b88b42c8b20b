package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.internal.Schema;

/**
 * Kills a writing JVM with SIGKILL part-way through an ingest, then checks that re-ingesting into the same folder
 * gives exactly the tables and index of an uninterrupted ingest.
 */
class StoreCrashTest {
  private static final int N = 300;
  /** Not a multiple of the index's commit interval, so the kill leaves Lucene short of DuckDB. */
  private static final int KILL_AFTER = 120;

  @TempDir Path dir;

  @Test
  void killedWriter_reopenAndReingest_equalsUninterruptedIngest() throws Exception {
    Path crashed = dir.resolve("crashed");
    Path clean = dir.resolve("clean");

    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), crashed.toString(),
        Integer.toString(N))
        .redirectErrorStream(true)
        .start();
    int savedWhenKilled = -1;
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      boolean checkedLock = false;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        if (line.equals("opened") && !checkedLock) {
          // A second writer in another process is refused while the child holds the folder.
          StoreException e = assertThrows(StoreException.class, () -> Store.open(crashed));
          assertTrue(e.getMessage().contains("locked by another process"), e.getMessage());
          checkedLock = true;
        }
        if (line.startsWith("saved ") && Integer.parseInt(line.substring(6)) >= KILL_AFTER) {
          child.destroyForcibly();
          savedWhenKilled = Integer.parseInt(line.substring(6));
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
    }
    assertTrue(savedWhenKilled >= KILL_AFTER, "child never reached " + KILL_AFTER + ": " + output);

    int indexedBeforeRepair;
    try (var reader = org.apache.lucene.index.DirectoryReader.open(
        org.apache.lucene.store.FSDirectory.open(crashed.resolve(Store.INDEX_FOLDER)))) {
      indexedBeforeRepair = reader.numDocs();
    }
    int skipped = 0;
    try (Store store = Store.open(crashed)) {
      long present = store.counts().get("articles");
      System.out.printf("child killed after printing 'saved %d'; %d articles survived; Lucene held %d before repair%n",
          savedWhenKilled, present, indexedBeforeRepair);
      assertTrue(indexedBeforeRepair <= present, "index never holds uncommitted articles");
      if (present < 200) {
        assertEquals(100, indexedBeforeRepair, "the index is committed every 100 articles");
      }
      assertTrue(present >= savedWhenKilled && present < N, "articles after crash: " + present);
      assertEquals(present, store.search("common", 1000).size(), "index repaired on open");
      for (int i = 0; i < N; i++) {
        if (store.save(Fixtures.annotation(i)) == SaveResult.ALREADY_PRESENT) {
          skipped++;
        }
      }
      assertEquals(present, skipped);
      assertAllSearchable(store);
    }
    try (Store store = Store.open(clean)) {
      for (int i = 0; i < N; i++) {
        assertEquals(SaveResult.STORED, store.save(Fixtures.annotation(i)));
      }
      assertAllSearchable(store);
    }
    try (Store store = Store.openReadOnly(crashed)) {
      assertAllSearchable(store);
    }

    Map<String, List<String>> expected = tables(clean);
    Map<String, List<String>> actual = tables(crashed);
    assertEquals(Schema.TABLES, List.copyOf(expected.keySet()));
    assertEquals(N, expected.get("articles").size());
    for (String table : Schema.TABLES) {
      assertFalse(expected.get(table).isEmpty(), table);
      assertEquals(expected.get(table), actual.get(table), table);
    }
  }

  private static void assertAllSearchable(Store store) {
    List<SearchHit> all = store.search("common", 1000);
    Set<String> ids = new HashSet<>();
    all.forEach(h -> ids.add(h.articleId()));
    assertEquals(N, all.size());
    assertEquals(N, ids.size());
    for (int i = 0; i < N; i += 37) {
      List<SearchHit> hits = store.search(Fixtures.marker(i), 5);
      assertEquals(1, hits.size(), Fixtures.marker(i));
      assertEquals(Fixtures.annotation(i).article().id(), hits.get(0).articleId());
    }
  }

  /** Every table's rows as sorted strings, without the ingestion timestamps. */
  private static Map<String, List<String>> tables(Path dataDir) throws Exception {
    Properties p = new Properties();
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    p.setProperty("duckdb.read_only", "true");
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(
            "jdbc:duckdb:" + dataDir.resolve(Store.DATABASE_FILE), p);
        Statement s = c.createStatement()) {
      for (String table : Schema.TABLES) {
        String exclude = switch (table) {
          case "articles" -> " EXCLUDE (ingested_at)";
          case "problems" -> " EXCLUDE (recorded_at)";
          default -> "";
        };
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT *" + exclude + " FROM " + table + " ORDER BY ALL")) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              row.append(md.getColumnLabel(i)).append('=').append(rs.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
        assertNotNull(rows);
        tables.put(table, rows);
      }
    }
    return tables;
  }
}
