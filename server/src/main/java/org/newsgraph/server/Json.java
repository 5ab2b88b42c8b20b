package org.newsgraph.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;

/** JSON writing for the API: dates and timestamps as ISO strings. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule()
      .addSerializer(TemporalAccessor.class, new ToStringSerializer<>())
      .addSerializer(java.util.Date.class, new JsonSerializer<>() {
        @Override
        public void serialize(java.util.Date value, JsonGenerator gen, SerializerProvider p) throws IOException {
          if (value instanceof java.sql.Date d) {
            gen.writeString(d.toLocalDate().toString());
          } else if (value instanceof java.sql.Timestamp t) {
            gen.writeString(t.toLocalDateTime().toString());
          } else {
            gen.writeString(value.toInstant().toString());
          }
        }
      }));

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }
}
