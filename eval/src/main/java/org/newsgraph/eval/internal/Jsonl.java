package org.newsgraph.eval.internal;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Span;

/**
 * JSONL as {@code data/README.md} describes it: UTF-8, one object a line, U+0085, U+2028 and U+2029 written as
 * {@code \\u} escapes so that no reader splits a record. Malformed gold is an {@link IllegalArgumentException}
 * naming the file and line.
 */
public final class Jsonl {
  private static final ObjectMapper MAPPER = JsonMapper.builder(
      new JsonFactoryBuilder().characterEscapes(new LineSafeEscapes()).build()).build();

  private Jsonl() {}

  /** One record of a JSONL file and where it came from. */
  public record Line(Path file, int number, JsonNode node) {
    public String where() {
      return file + ":" + number;
    }

    public IllegalArgumentException fail(String message) {
      return new IllegalArgumentException(where() + ": " + message);
    }

    /** A string field, or null when absent or JSON null. */
    public String text(String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? null : value.asText();
    }

    public String requiredText(String field) {
      String value = text(field);
      if (value == null) {
        throw fail("missing field \"" + field + "\"");
      }
      return value;
    }

    /** A {@code YYYY-MM-DD} field, or null when absent, null or not a date. */
    public LocalDate date(String field) {
      return Jsonl.date(text(field));
    }

    /** The span list under {@code field} of {@code node}, checked against {@code text}. */
    public List<Span> spans(JsonNode parent, String field, String text) {
      JsonNode array = parent.get(field);
      List<Span> spans = new ArrayList<>();
      if (array == null || array.isNull()) {
        return spans;
      }
      if (!array.isArray()) {
        throw fail("\"" + field + "\" is not a list");
      }
      for (JsonNode span : array) {
        spans.add(span(span, text));
      }
      return spans;
    }

    /** A {@code {"start", "end", ...}} object as a span of {@code text}. */
    public Span span(JsonNode span, String text) {
      JsonNode start = span.get("start");
      JsonNode end = span.get("end");
      if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt()) {
        throw fail("span without integer start and end: " + span);
      }
      int s = start.asInt();
      int e = end.asInt();
      if (s < 0 || e < s || e > text.length()) {
        throw fail("span [" + s + ", " + e + ") outside a text of " + text.length() + " characters");
      }
      return Span.of(text, s, e);
    }
  }

  /** Reads every non-blank line of {@code file} as a JSON object. */
  public static List<Line> read(Path file) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(file + ":" + number + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
          throw new IllegalArgumentException(file + ":" + number + ": not a JSON object");
        }
        lines.add(new Line(file, number, node));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return lines;
  }

  /** Writes one JSON object a line: maps, lists, strings, numbers, booleans and nulls. */
  public static void write(Path file, List<? extends Map<String, ?>> records) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map<String, ?> record : records) {
        out.write(MAPPER.writeValueAsString(record));
        out.write('\n');
      }
    }
  }

  /** {@code {"start", "end", "text"}}. */
  public static Map<String, Object> span(Span span) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("start", span.start());
    out.put("end", span.end());
    out.put("text", span.text());
    return out;
  }

  public static List<Map<String, Object>> spans(List<Span> spans) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(span(s));
    }
    return out;
  }

  /** The date at the start of a {@code YYYY-MM-DD...} value, or null. */
  public static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static final class LineSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
