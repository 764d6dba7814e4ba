package dev.digest.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A command's help footer read back as its sections ({@code FORMATS}, {@code EXAMPLES}, {@code
 * CODES}...), so that the man page shows what {@code --help} shows without a second copy of it.
 */
final class HelpFooter {
  /** A section's heading: a line of capitals, as the footers write them. */
  private static final Pattern HEADING = Pattern.compile("[A-Z][A-Z ]*");

  private HelpFooter() {}

  /**
   * Each heading with its non-blank lines, in the footer's order; lines before the first heading
   * come under {@code ""}. picocli's {@code %n} counts as a line break.
   */
  static Map<String, List<String>> sections(List<String> footer) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    String heading = "";
    for (String element : footer) {
      for (String line : element.replace("%n", "\n").split("\n", -1)) {
        if (HEADING.matcher(line).matches()) {
          heading = line;
          sections.putIfAbsent(heading, new ArrayList<>());
        } else if (!line.isBlank()) {
          sections.computeIfAbsent(heading, k -> new ArrayList<>()).add(line.stripTrailing());
        }
      }
    }
    return sections;
  }
}
