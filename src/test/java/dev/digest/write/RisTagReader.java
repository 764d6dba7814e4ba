package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RIS as its specification has it: CRLF-ended lines, each {@code XX  - value}, records from
 * {@code TY} to {@code ER}, blank lines between them. Any other line fails the test.
 */
final class RisTagReader {
  private RisTagReader() {}

  /** The records of {@code ris}, each its tags in file order with their values. */
  static List<Map<String, List<String>>> readTags(String ris) {
    List<Map<String, List<String>>> entries = new ArrayList<>();
    if (ris.isEmpty()) {
      return entries;
    }
    assertThat(ris).endsWith("\r\n");
    String[] lines = ris.substring(0, ris.length() - 2).split("\r\n", -1);
    Map<String, List<String>> entry = null;
    for (String line : lines) {
      assertThat(line).as("a line of RIS").doesNotContain("\n", "\r");
      if (entry == null && line.isEmpty()) {
        continue;
      }
      assertThat(line).as("a tag line").matches("[A-Z][A-Z0-9]  - .*");
      String tag = line.substring(0, 2);
      String value = line.substring(6);
      if (entry == null) {
        assertThat(tag).as("first tag of a record").isEqualTo("TY");
        entry = new LinkedHashMap<>();
      }
      entry.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
      if (tag.equals("ER")) {
        assertThat(value).isEmpty();
        entries.add(entry);
        entry = null;
      }
    }
    assertThat(entry).as("a record without ER").isNull();
    return entries;
  }
}
