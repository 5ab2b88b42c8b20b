package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * The DuckDB tables. Column names are snake_case; offsets are half-open Java {@code String} indices named
 * {@code *_start}/{@code *_end}. Lists and maps are JSON text in VARCHAR columns so that every export format
 * (CSV included) carries them unchanged.
 */
public final class Schema {
  /** Every table, in dependency order (articles and actors first). */
  public static final List<String> TABLES = List.of(
      "articles", "actors", "mentions", "places", "times", "quotes", "events", "event_actors", "problems");

  /** Columns that hold JSON text; readers parse them into lists and maps. */
  public static final Set<String> JSON_COLUMNS = Set.of("roles", "variants", "codes", "content_spans", "reported_by");

  private static final List<String> DDL = List.of(
      """
      CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, external_id VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
        published DATE, language VARCHAR NOT NULL, text VARCHAR NOT NULL, source VARCHAR, tokens INTEGER,
        ingested_at TIMESTAMP NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS actors (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, country VARCHAR, sector VARCHAR,
        cameo VARCHAR, roles VARCHAR NOT NULL, variants VARCHAR NOT NULL, codes VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS mentions (
        article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL, text VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS places (
        article_id VARCHAR NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text VARCHAR NOT NULL,
        geonameid BIGINT, name VARCHAR, feature_class VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE,
        lon DOUBLE, confidence DOUBLE NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS times (
        article_id VARCHAR NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text VARCHAR NOT NULL,
        value VARCHAR, type VARCHAR NOT NULL, anchor VARCHAR, granularity VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS quotes (
        article_id VARCHAR NOT NULL, quote_index INTEGER NOT NULL, direct BOOLEAN NOT NULL,
        content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text VARCHAR NOT NULL,
        content_spans VARCHAR NOT NULL, speaker_id VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
        speaker_text VARCHAR, cue VARCHAR, cue_start INTEGER, cue_end INTEGER, channel VARCHAR,
        reported_by VARCHAR NOT NULL, statement_date VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS events (
        article_id VARCHAR NOT NULL, event_index INTEGER NOT NULL, plover VARCHAR NOT NULL, mode VARCHAR,
        cameo VARCHAR, place BIGINT, date VARCHAR, negated BOOLEAN NOT NULL, hypothetical BOOLEAN NOT NULL,
        attributed_to VARCHAR, confidence DOUBLE NOT NULL, evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL, evidence_text VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS event_actors (
        article_id VARCHAR NOT NULL, event_index INTEGER NOT NULL, actor_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL CHECK (role IN ('source', 'target')))""",
      """
      CREATE TABLE IF NOT EXISTS problems (
        source VARCHAR, article_id VARCHAR, stage VARCHAR NOT NULL, message VARCHAR NOT NULL,
        recorded_at TIMESTAMP NOT NULL)""");

  /** Columns added since the first release, for stores written before them (each a no-op on newer stores). */
  private static final List<String> UPGRADES = List.of(
      "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS statement_date VARCHAR");

  private Schema() {}

  /** Creates the tables and columns that are missing, in one transaction of {@code connection} (auto-commit off). */
  public static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String ddl : DDL) {
        statement.execute(ddl);
      }
      for (String upgrade : UPGRADES) {
        statement.execute(upgrade);
      }
    }
    connection.commit();
  }

  /** Whether {@code table} has {@code column} (false for a store written before the column was added). */
  public static boolean hasColumn(Connection connection, String table, String column) {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?")) {
      ps.setString(1, table);
      ps.setString(2, column);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the columns of table " + table + ": " + e.getMessage(), e);
    }
  }

  /** Throws IllegalArgumentException unless {@code table} is one of {@link #TABLES}. */
  public static String checkTable(String table) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("not a store table: " + table);
    }
    return table;
  }
}
