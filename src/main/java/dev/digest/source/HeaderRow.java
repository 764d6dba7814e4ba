package dev.digest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header row of a csv or tsv file digest wrote, or a person made from one: its cells are
 * digest's field names (any case, any order, any subset) and one of them is {@code title}. Columns
 * of other names are passed over when reading, as long as every cell is a plain name, so that a
 * pasted digest's first line is never taken for a header.
 */
final class HeaderRow {
  /** The fields of a record, as digest's writers name their columns. */
  static final Set<String> FIELDS =
      Set.of("key", "title", "abstract", "urls", "date", "source", "line", "authors", "arxiv", "published");

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ -]{0,39}");

  /** No header: no columns. */
  static final HeaderRow NONE = new HeaderRow(List.of());

  private final List<String> names;

  private HeaderRow(List<String> names) {
    this.names = List.copyOf(names);
  }

  /**
   * The header in {@code line}, cells split at {@code delimiter}, or null when it is none. An input
   * is told by a header of two columns or more: a lone {@code title} could be a pasted digest's
   * first line (a file of that one column is read as csv or tsv when a run appends to it).
   */
  static HeaderRow recognised(String line, char delimiter) {
    HeaderRow header = of(List.of(line.split(Pattern.quote(String.valueOf(delimiter)), -1)));
    return header != null && header.names.size() >= 2 ? header : null;
  }

  /** The header these cells make, or null when they make none. */
  static HeaderRow of(List<String> cells) {
    List<String> names = new ArrayList<>();
    for (String cell : cells) {
      String name = unquoted(cell.strip());
      if (!PLAIN_NAME.matcher(name).matches()) {
        return null;
      }
      names.add(name.toLowerCase(Locale.ROOT));
    }
    return names.contains("title") && names.stream().distinct().count() == names.size() ? new HeaderRow(names) : null;
  }

  private static String unquoted(String cell) {
    return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
  }

  /** The column names, in lower case, in order. */
  List<String> names() {
    return names;
  }

  /** The column of {@code field}, or -1. */
  int column(String field) {
    return names.indexOf(field);
  }
}
