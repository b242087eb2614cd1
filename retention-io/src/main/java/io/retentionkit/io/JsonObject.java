package io.retentionkit.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object of an input record, with accessors that read a member as the formats need it and name
 * the member's path (e.g. {@code line_items[2].total}) when it is not what it should be.
 */
final class JsonObject {
  private final Map<String, Object> members;
  private final String path;
  private final Optional<String> repeatedMember;

  JsonObject(Map<String, Object> members, String path, Optional<String> repeatedMember) {
    this.members = members;
    this.path = path;
    this.repeatedMember = repeatedMember;
  }

  /** Returns the members in input order. */
  Map<String, Object> members() {
    return members;
  }

  /** Returns the path of member {@code name}, for messages. */
  String path(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * Throws if a member name appears twice in this object, which would make its value ambiguous.
   *
   * @throws InvalidRecordException if one does
   */
  void requireUniqueMembers() {
    if (repeatedMember.isPresent()) {
      throw InvalidRecordException.of("%s must appear only once in the object", path(repeatedMember.get()));
    }
  }

  /** Returns whether member {@code name} is present and not null. */
  boolean has(String name) {
    Object value = members.get(name);
    return value != null && value != JsonValue.Null.INSTANCE;
  }

  /**
   * Returns member {@code name} as text: a string, trimmed, or a number's literal; empty if it is absent,
   * null or blank.
   *
   * @throws InvalidRecordException if it is an object, an array or a boolean
   */
  Optional<String> text(String name) {
    Object value = members.get(name);
    if (value == null || value == JsonValue.Null.INSTANCE) {
      return Optional.empty();
    }
    if (value instanceof String text) {
      return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
    if (value instanceof JsonValue.NumberText number) {
      return Optional.of(number.text());
    }
    throw InvalidRecordException.of("%s must be a string or a number, not %s", path(name), JsonValue.kind(value));
  }

  /**
   * Returns member {@code name} as text.
   *
   * @throws InvalidRecordException if it is absent, null, blank or not text
   */
  String requiredText(String name) {
    return text(name).orElseThrow(() -> InvalidRecordException.of("%s must be given", path(name)));
  }

  /**
   * Returns member {@code name} as an object; empty if it is absent or null.
   *
   * @throws InvalidRecordException if it is something else
   */
  Optional<JsonObject> object(String name) {
    Object value = members.get(name);
    if (value == null || value == JsonValue.Null.INSTANCE) {
      return Optional.empty();
    }
    if (value instanceof JsonObject object) {
      object.requireUniqueMembers();
      return Optional.of(new JsonObject(object.members, path(name), Optional.empty()));
    }
    throw InvalidRecordException.of("%s must be an object, not %s", path(name), JsonValue.kind(value));
  }

  /**
   * Returns member {@code name} as an array of objects; empty if it is absent or null.
   *
   * @throws InvalidRecordException if it is something else, or an element is not an object
   */
  List<JsonObject> objects(String name) {
    Object value = members.get(name);
    if (value == null || value == JsonValue.Null.INSTANCE) {
      return List.of();
    }
    if (!(value instanceof List<?> elements)) {
      throw InvalidRecordException.of("%s must be an array, not %s", path(name), JsonValue.kind(value));
    }
    List<JsonObject> objects = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      String elementPath = path(name) + "[" + i + "]";
      if (!(elements.get(i) instanceof JsonObject object)) {
        throw InvalidRecordException.of("%s must be an object, not %s", elementPath, JsonValue.kind(elements.get(i)));
      }
      object.requireUniqueMembers();
      objects.add(new JsonObject(object.members, elementPath, Optional.empty()));
    }
    return objects;
  }
}
