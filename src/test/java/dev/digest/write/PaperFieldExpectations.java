package dev.digest.write;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the citation formats must make of a record's authors, arXiv id and dates, worked out from
 * the README alone (and independently of the writers' code): which day a citation gives, which
 * names count, how CSL splits a name, how BibTeX splits an {@code author} value.
 */
final class PaperFieldExpectations {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ISO_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  /** What the writers take as white space between words: ASCII controls, space, DEL, C1 controls. */
  private static final Pattern WHITE = Pattern.compile("[\\x00-\\x20\\x7F-\\x9F]+");
  private static final List<String> SUFFIXES = List.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

  private PaperFieldExpectations() {}

  /** The day a citation gives: the publication date when it is a real day, else a date line with a year. */
  static LocalDate day(FuzzedRecord r) {
    if (r.published != null && ISO_SHAPE.matcher(r.published).matches()) {
      try {
        LocalDate d = LocalDate.parse(r.published, ISO);
        if (d.getYear() >= 1) {
          return d;
        }
      } catch (DateTimeException e) {
        // not a real day: the date line may still give one
      }
    }
    String ris = r.date == null ? null : RisExpectations.risDate(r.date);
    if (ris == null) {
      return null;
    }
    LocalDate d = LocalDate.of(Integer.parseInt(ris.substring(0, 4)), Integer.parseInt(ris.substring(5, 7)), Integer.parseInt(ris.substring(8, 10)));
    return d.getYear() >= 1 ? d : null;
  }

  /** The names with a word in them: the others are left out of BibTeX and CSL. */
  static List<String> namedAuthors(FuzzedRecord r) {
    return r.authors.stream().filter(n -> !words(n).isEmpty()).toList();
  }

  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : WHITE.split(name)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The CSL name object for a name with words: the README's rule. */
  static Map<String, String> cslName(String name) {
    List<String> words = words(name);
    String trimmed = name.substring(name.indexOf(words.get(0)), name.lastIndexOf(words.get(words.size() - 1)) + words.get(words.size() - 1).length());
    Map<String, String> n = new LinkedHashMap<>();
    if (words.size() == 1 || trimmed.contains(",")) {
      n.put("literal", trimmed);
      return n;
    }
    int family = words.size() - 1;
    String suffix = null;
    if (words.size() >= 3 && SUFFIXES.contains(words.get(family))) {
      suffix = words.get(family);
      family--;
    }
    int particle = family;
    while (particle > 1 && Character.isLowerCase(words.get(particle - 1).codePointAt(0))) {
      particle--;
    }
    n.put("family", words.get(family));
    n.put("given", span(trimmed, words, 0, particle));
    if (particle < family) {
      n.put("non-dropping-particle", span(trimmed, words, particle, family));
    }
    if (suffix != null) {
      n.put("suffix", suffix);
    }
    return n;
  }

  /** Words {@code [from, to)} of {@code name} with the text between them as written. */
  private static String span(String name, List<String> words, int from, int to) {
    int start = 0;
    for (int i = 0; i < from; i++) {
      start = name.indexOf(words.get(i), start) + words.get(i).length();
    }
    start = name.indexOf(words.get(from), start);
    int end = start;
    for (int i = from; i < to; i++) {
      end = name.indexOf(words.get(i), end) + words.get(i).length();
    }
    return name.substring(start, end);
  }

  /**
   * An {@code author} value split as BibTeX splits it: at the word {@code and} (any case) between
   * white space outside every brace, braces counted whether escaped or not.
   */
  static List<String> bibtexNames(String value) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0
          && Character.isWhitespace(c)
          && value.regionMatches(true, i + 1, "and", 0, 3)
          && i + 4 < value.length()
          && Character.isWhitespace(value.charAt(i + 4))) {
        names.add(value.substring(start, i));
        start = i + 5;
        i += 4;
      }
    }
    names.add(value.substring(start));
    return names;
  }

  /** True when a name part of an {@code author} value holds a comma outside every brace. */
  static boolean hasTopLevelComma(String name) {
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The arXiv page of an id: bytes other than letters, digits and {@code - . _ ~ /} percent-encoded. */
  static String arxivPage(String id) {
    StringBuilder sb = new StringBuilder("https://arxiv.org/abs/");
    for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }
}
