package dev.digest.write;

import java.util.List;
import java.util.Objects;

/**
 * What a writer is asked for besides the records.
 *
 * @param fields which fields, in which order (formats without field selection ignore it)
 * @param pretty indented output, for formats that have it
 * @param csvSafe csv cells that a spreadsheet would run as a formula are neutralised
 */
public record WriterOptions(List<Field> fields, boolean pretty, boolean csvSafe) {
  public static final WriterOptions DEFAULTS = new WriterOptions(Field.all(), false, false);

  public WriterOptions {
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
  }

  public WriterOptions(List<Field> fields, boolean pretty) {
    this(fields, pretty, false);
  }
}
