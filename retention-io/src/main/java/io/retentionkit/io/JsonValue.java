package io.retentionkit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value read from Jackson's token stream into plain Java objects: {@link JsonObject}, {@code List}
 * of values, {@code String}, {@link NumberText} (the literal text, so nothing is rounded), {@code Boolean} or
 * {@link Null}. It holds one record of an input (an order, a refund); jackson-databind would do the same
 * for a dependency many times the size.
 */
final class JsonValue {
  private static final JsonFactory WRITER = new JsonFactory();

  private JsonValue() {}

  /** JSON's {@code null}. */
  enum Null {
    /** The only instance. */
    INSTANCE
  }

  /**
   * A JSON number as written in the input.
   *
   * @param text the literal
   */
  record NumberText(String text) {}

  /**
   * A value and the line it starts on.
   *
   * @param line the 1-based line
   * @param value the value
   */
  record Located(long line, Object value) {

    /** Returns the value written back as compact JSON, for a reject entry. */
    String text() {
      return write(value);
    }

    /**
     * Returns the value as an object.
     *
     * @param what what the object should be, e.g. "an order", for the message
     * @throws InvalidRecordException if it is not an object
     */
    JsonObject asObject(String what) {
      if (value instanceof JsonObject object) {
        return object;
      }
      throw InvalidRecordException.of("array element must be %s object, not %s", what, kind(value));
    }
  }

  /** Reads the value whose first token is the parser's current token. */
  static Object read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        Optional<String> repeated = Optional.empty();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (members.put(name, read(parser)) != null && repeated.isEmpty()) {
            repeated = Optional.of(name);
          }
        }
        return new JsonObject(members, "", repeated);
      }
      case START_ARRAY -> {
        List<Object> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(parser));
        }
        return elements;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new NumberText(parser.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        return Null.INSTANCE;
      }
      default -> throw new IllegalStateException("a JSON value cannot start with " + token);
    }
  }

  /** Returns what kind of value {@code value} is, for messages. */
  static String kind(Object value) {
    if (value instanceof JsonObject) {
      return "an object";
    } else if (value instanceof List) {
      return "an array";
    } else if (value instanceof String) {
      return "a string";
    } else if (value instanceof NumberText) {
      return "a number";
    } else if (value instanceof Boolean) {
      return "a boolean";
    }
    return "null";
  }

  /** Returns {@code value} as compact JSON. */
  static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = WRITER.createGenerator(out)) {
      write(value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(Object value, JsonGenerator generator) throws IOException {
    if (value instanceof JsonObject object) {
      generator.writeStartObject();
      for (Map.Entry<String, Object> member : object.members().entrySet()) {
        generator.writeFieldName(member.getKey());
        write(member.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> elements) {
      generator.writeStartArray();
      for (Object element : elements) {
        write(element, generator);
      }
      generator.writeEndArray();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof NumberText number) {
      generator.writeNumber(number.text());
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else {
      generator.writeNull();
    }
  }
}
