package org.newsgraph.store.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a query with bound parameters and turns its rows into ordered maps of plain Java values that a JSON writer
 * needs no help with: strings, numbers, booleans, lists and maps. Dates and timestamps become ISO-8601 strings;
 * JSON text columns ({@link Schema#JSON_COLUMNS}) become lists and maps; SQL lists become Java lists.
 */
public final class Rows {
  private Rows() {}

  /** Every row of {@code sql} with {@code parameters} bound in order. A fresh statement per call. */
  public static List<Map<String, Object>> query(Connection connection, String sql, List<?> parameters)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return all(rs);
      }
    }
  }

  public static List<Map<String, Object>> query(Connection connection, String sql, Object... parameters)
      throws SQLException {
    return query(connection, sql, Arrays.asList(parameters));
  }

  public static List<Map<String, Object>> all(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int columns = md.getColumnCount();
    String[] names = new String[columns];
    for (int i = 0; i < columns; i++) {
      names[i] = md.getColumnLabel(i + 1);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    while (rs.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < columns; i++) {
        row.put(names[i], plain(names[i], rs.getObject(i + 1)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static Object plain(String column, Object value) throws SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof String s && Schema.JSON_COLUMNS.contains(column)) {
      return Json.parse(s);
    }
    if (value instanceof LocalDate || value instanceof LocalDateTime) {
      return value.toString();
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof Array array) {
      List<Object> list = new ArrayList<>();
      for (Object element : (Object[]) array.getArray()) {
        list.add(plain("", element));
      }
      return list;
    }
    return value;
  }
}
