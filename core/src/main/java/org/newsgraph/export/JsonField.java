package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON value of a document record together with its path in the record ("events[2].source"), so
 * that every complaint about a malformed record names the field it is about.
 *
 * <p>A field that is absent reads as JSON null: the record writer never leaves a field out, so an
 * absent required field is reported as missing, and an absent optional one reads as null. Fields
 * the reader does not know are ignored (the record format may gain fields).
 *
 * @param node the value, never Java null (an absent field is a {@code MissingNode})
 * @param path where it is in the record
 */
record JsonField(JsonNode node, String path) {

  /** The member {@code name} of this object. */
  JsonField get(String name) {
    return new JsonField(node.path(name), path.isEmpty() ? name : path + "." + name);
  }

  boolean isNull() {
    return node.isNull() || node.isMissingNode();
  }

  /**
   * @throws IllegalArgumentException if this is not an object
   */
  JsonField requireObject() {
    if (!node.isObject()) {
      throw bad("an object");
    }
    return this;
  }

  /** The member {@code name}, an object, or null when it is null or absent. */
  JsonField optionalObject(String name) {
    JsonField field = get(name);
    return field.isNull() ? null : field.requireObject();
  }

  /** The elements of the array member {@code name}. */
  List<JsonField> array(String name) {
    JsonField field = get(name);
    if (!field.node.isArray()) {
      throw field.bad("an array");
    }
    List<JsonField> elements = new ArrayList<>(field.node.size());
    for (int i = 0; i < field.node.size(); i++) {
      elements.add(new JsonField(field.node.get(i), field.path + "[" + i + "]"));
    }
    return elements;
  }

  /** The string member {@code name}, which must be present. */
  String string(String name) {
    JsonField field = get(name);
    if (field.isNull()) {
      throw field.bad("a string");
    }
    return field.text();
  }

  /** The string member {@code name}, or null when it is null or absent. */
  String optionalString(String name) {
    JsonField field = get(name);
    return field.isNull() ? null : field.text();
  }

  /** This value as a string. */
  String text() {
    if (!node.isTextual()) {
      throw bad("a string");
    }
    return node.textValue();
  }

  /** The ISO date member {@code name} ("2013-06-02"), or null when it is null or absent. */
  LocalDate optionalDate(String name) {
    JsonField field = get(name);
    if (field.isNull()) {
      return null;
    }
    String value = field.text();
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw field.bad("an ISO date (yyyy-mm-dd)");
    }
  }

  /** The int member {@code name}, which must be present. */
  int integer(String name) {
    JsonField field = get(name);
    if (!field.node.isIntegralNumber() || !field.node.canConvertToInt()) {
      throw field.bad("an integer");
    }
    return field.node.intValue();
  }

  /** The long member {@code name}, or null when it is null or absent. */
  Long optionalLong(String name) {
    JsonField field = get(name);
    if (field.isNull()) {
      return null;
    }
    if (!field.node.isIntegralNumber() || !field.node.canConvertToLong()) {
      throw field.bad("an integer");
    }
    return field.node.longValue();
  }

  /** The number member {@code name}, which must be present. */
  double number(String name) {
    JsonField field = get(name);
    if (!field.node.isNumber()) {
      throw field.bad("a number");
    }
    return field.node.doubleValue();
  }

  /** The number member {@code name}, or null when it is null or absent. */
  Double optionalNumber(String name) {
    return get(name).isNull() ? null : number(name);
  }

  /** The boolean member {@code name}, which must be present. */
  boolean bool(String name) {
    JsonField field = get(name);
    if (!field.node.isBoolean()) {
      throw field.bad("true or false");
    }
    return field.node.booleanValue();
  }

  /** The constant of {@code type} named by the string member {@code name}, in any case. */
  <E extends Enum<E>> E constant(String name, Class<E> type) {
    JsonField field = get(name);
    String value = field.isNull() ? null : field.text();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw field.bad("one of " + List.of(type.getEnumConstants()));
  }

  /** An error saying that this value is not what was expected. */
  IllegalArgumentException bad(String expected) {
    String got = node.isMissingNode() ? "nothing (field missing)" : abbreviate(node.toString());
    return new IllegalArgumentException(
        "bad record field "
            + (path.isEmpty() ? "(root)" : path)
            + ": expected "
            + expected
            + ", got "
            + got);
  }

  private static String abbreviate(String json) {
    return json.length() <= 80 ? json : json.substring(0, 77) + "...";
  }
}
