package org.newsgraph.sources;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** Reading the article fields of a JSON object (a JSONL record, a {@code meta.json}) with one-line failures. */
final class JsonFields {

  private JsonFields() {}

  /** A string field, or null when it is missing or JSON null; any other value fails. */
  static String string(JsonNode object, String field) throws ReadFailure {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new ReadFailure(field + " is not a string");
    }
    return value.textValue();
  }

  /** An id: a string or a number, or null when missing or JSON null. */
  static String id(JsonNode object, String field) throws ReadFailure {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new ReadFailure(field + " is not a string or number");
    }
    return value.asText();
  }

  /** A publication date (YYYY-MM-DD or an ISO date-time), or null when missing or JSON null. */
  static LocalDate date(JsonNode object, String field) throws ReadFailure {
    String value = string(object, field);
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date = PublishedDates.parse(value);
    if (date == null) {
      throw new ReadFailure(field + " is not a date: \"" + TextBytes.oneLine(value) + "\"");
    }
    return date;
  }
}
