package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL half-way, runs it again, and compares every table with an uninterrupted run's.
 */
class IngestCrashIT {
  private static final List<String> TABLES = List.of(
      "articles", "actors", "mentions", "places", "times", "quotes", "events", "event_actors", "problems");

  @TempDir Path dir;

  @Test
  void ingest_killedHalfWayThenRerun_leavesExactlyTheTablesOfAnUninterruptedRun() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/org/newsgraph/cli/demo/wikinews.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Files.write(corpus, r.lines().limit(40).toList());
    }
    Path crashed = dir.resolve("crashed");
    Path clean = dir.resolve("clean");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", System.getProperty("java.class.path"), Newsgraph.class.getName(),
        "ingest", corpus.toString(), "--data", crashed.toString(), "--threads", "2", "--verbose")
        .redirectErrorStream(true).start();
    int storedBeforeKill = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && storedBeforeKill < 12) {
        if (line.startsWith("stored ")) {
          storedBeforeKill++;
        }
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    }
    assertEquals(12, storedBeforeKill, "the child stored some articles before it was killed");

    Console.Result rerun = Console.run("ingest", corpus.toString(), "--data", crashed.toString(), "--threads", "2");
    assertEquals(0, rerun.status(), rerun.err());
    assertTrue(rerun.err().matches("(?s).*\\(\\d+ already present\\).*"), rerun.err());
    Console.Result uninterrupted = Console.run("ingest", corpus.toString(), "--data", clean.toString(), "--threads", "2");
    assertEquals(0, uninterrupted.status(), uninterrupted.err());

    for (String table : TABLES) {
      assertEquals(rows(clean, table), rows(crashed, table), table);
    }
    assertEquals(40, rows(crashed, "articles").size());
  }

  private static List<String> rows(Path data, String table) throws Exception {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("newsgraph.duckdb"), p);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          String column = md.getColumnName(i);
          if (!column.equals("ingested_at") && !column.equals("recorded_at")) {
            row.append(column).append('=').append(rs.getString(i)).append('|');
          }
        }
        rows.add(row.toString());
      }
      rows.sort(null);
      return rows;
    }
  }
}
