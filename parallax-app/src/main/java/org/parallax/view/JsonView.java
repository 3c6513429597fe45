package org.parallax.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** JSON for machines (the CLI's {@code --json} and the HTTP API): records as objects, dates as ISO 8601 strings. */
public final class JsonView {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule()
          .addSerializer(LocalDate.class, ToStringSerializer.instance)
          .addSerializer(OffsetDateTime.class, ToStringSerializer.instance))
      .enable(SerializationFeature.INDENT_OUTPUT);

  private JsonView() {}

  /** {@code value} as pretty-printed JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }
}
