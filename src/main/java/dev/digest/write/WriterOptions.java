package dev.digest.write;

import java.util.List;
import java.util.Objects;

/**
 * What a writer is asked for besides the records.
 *
 * @param fields which fields, in which order (formats without field selection ignore it)
 * @param pretty indented output, for formats that have it
 */
public record WriterOptions(List<Field> fields, boolean pretty) {
  public static final WriterOptions DEFAULTS = new WriterOptions(Field.all(), false);

  public WriterOptions {
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
  }
}
