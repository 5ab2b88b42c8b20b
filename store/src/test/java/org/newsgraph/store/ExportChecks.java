package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/** Reads exported files back, each with an independent reader, and counts their rows. */
final class ExportChecks {
  private ExportChecks() {}

  static long rows(ExportFormat format, Path file) throws Exception {
    return switch (format) {
      case PARQUET -> duckdbCount("SELECT count(*) FROM " + Store.sqlLiteral(file.toString()));
      case CSV -> {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.get(0).contains(",")) {
          throw new AssertionError("no CSV header in " + file + ": " + lines.get(0));
        }
        yield duckdbCount("SELECT count(*) FROM read_csv(" + Store.sqlLiteral(file.toString()) + ", header = true)");
      }
      case JSONL -> {
        ObjectMapper mapper = new ObjectMapper();
        long n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            JsonNode node = mapper.readTree(line);
            if (!node.isObject()) {
              throw new AssertionError("not a JSON object per line in " + file + ": " + line);
            }
            n++;
          }
        }
        yield n;
      }
    };
  }

  static long duckdbCount(String sql) throws Exception {
    Properties p = new Properties();
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:", p);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
