package dev.digest.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fields of a record, in their default order. */
public enum Field {
  KEY,
  TITLE,
  ABSTRACT,
  URLS,
  DATE,
  SOURCE,
  LINE,
  AUTHORS,
  ARXIV,
  PUBLISHED;

  private static final List<Field> ALL = List.of(values());

  /** The name users type and the output shows. */
  public String fieldName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static List<Field> all() {
    return ALL;
  }

  /**
   * Parses a comma-separated list such as {@code key,title}. Throws {@link IllegalArgumentException}
   * naming the unknown or repeated field.
   */
  public static List<Field> parseList(String list) {
    List<Field> fields = new ArrayList<>();
    for (String part : list.split(",", -1)) {
      String name = part.trim();
      Field f = byName(name);
      if (f == null) {
        throw new IllegalArgumentException(
            "unknown field '" + name + "'" + Suggestions.didYouMean(name, names()) + "; fields are " + String.join(",", names()));
      }
      if (fields.contains(f)) {
        throw new IllegalArgumentException("field '" + name + "' is named twice in --fields");
      }
      fields.add(f);
    }
    return List.copyOf(fields);
  }

  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Field f : ALL) {
      names.add(f.fieldName());
    }
    return names;
  }

  private static Field byName(String name) {
    for (Field f : ALL) {
      if (f.fieldName().equals(name)) {
        return f;
      }
    }
    return null;
  }
}
