package dev.digest.write;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.digest.keys.CitationKeys;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.Links;
import java.util.ArrayList;
import java.util.List;

/**
 * A record made from fuzzer data, as a library user makes one: any {@code String} for each text,
 * lone surrogates and control characters included, put into a {@link RecordView} through {@link
 * Text#append(String)}. It keeps the text each field holds, which is what every format must give
 * back.
 *
 * <p>Links are found in the abstract by the parser's own link finder: a view's links are spans of
 * its abstract, and the README promises what a link never holds (white space, braces,
 * backslashes), which the bibtex writer relies on.
 */
final class FuzzedRecord {
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Sep", "Sept", "September", "Dec", "Mai"};
  /** Names as sources give them, and the ones BibTeX and CSL must treat with care. */
  private static final String[] NAMES = {
    "Chunjiang Ge", "Ludwig van der Berg", "Martin Luther King Jr.", "Plato", "others", "Others", "Smith, John",
    "Tom and Jerry", "AND Partners", "Jean le Rond d'Alembert", "  Padded  Name ", "", " ", "Zoë Ärger-Łukasz", "x\\y{z} $5 & 10%",
  };

  final RecordView view = new RecordView();
  final String key;
  final String title;
  final String abstractText;
  /** Null when the record has no date. */
  final String date;
  final String source;
  final int line;
  final List<String> urls;
  final List<String> authors;
  /** Null when unknown. */
  final String arxiv;
  /** Null when unknown. */
  final String published;

  private FuzzedRecord(
      String key, String title, String abstractText, String date, String source, int line, List<String> authors, String arxiv, String published) {
    this.key = stored(key);
    this.title = stored(title);
    this.abstractText = stored(abstractText);
    this.date = date == null ? null : stored(date);
    this.source = stored(source);
    this.line = line;
    view.key().append(key);
    view.title().append(title);
    view.abstractText().append(abstractText);
    view.setDate(date == null ? null : Text.of(date));
    view.setSource(source);
    view.setLine(line);
    Links.find(view);
    this.urls = view.urls();
    this.authors = authors.stream().map(FuzzedRecord::stored).toList();
    this.arxiv = arxiv == null ? null : stored(arxiv);
    this.published = published == null ? null : stored(published);
    authors.forEach(view::addAuthor);
    view.setArxiv(arxiv);
    view.setPublished(published);
  }

  /**
   * One to three records. With {@code citationKeys}, keys are what a run gives (ASCII letters and
   * digits, unique): BibTeX writes the key bare, so only those are promised to survive there.
   */
  static List<FuzzedRecord> from(FuzzedDataProvider data, boolean citationKeys) {
    CitationKeys keys = new CitationKeys();
    int count = data.consumeInt(1, 3);
    List<FuzzedRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String title = anyString(data, 200);
      String abstractText = anyString(data, 600);
      String key = citationKeys ? keys.assign(title) : anyString(data, 20);
      String date = date(data);
      String source = anyString(data, 20);
      int line = data.consumeInt();
      records.add(new FuzzedRecord(key, title, abstractText, date, source, line, authors(data), arxiv(data), published(data)));
    }
    return records;
  }

  /** Any string, and now and then any single UTF-16 unit inserted: a lone surrogate, a control. */
  static String anyString(FuzzedDataProvider data, int maxLength) {
    String s = data.consumeString(maxLength);
    if (data.consumeBoolean()) {
      int at = data.consumeInt(0, s.length());
      s = s.substring(0, at) + data.consumeChar() + s.substring(at);
    }
    return s;
  }

  /** Null, any string, or a date line (often a real one, which RIS also writes as {@code DA}). */
  private static String date(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 2)) {
      case 0:
        return null;
      case 1:
        return anyString(data, 30);
      default:
        String day = MONTHS[data.consumeInt(0, MONTHS.length - 1)] + " " + data.consumeInt(0, 32);
        return data.consumeBoolean() ? day + ", " + String.format("%04d", data.consumeInt(0, 9999)) : day;
    }
  }

  /** None to four names, each a typical or tricky one or any string. */
  private static List<String> authors(FuzzedDataProvider data) {
    List<String> names = new ArrayList<>();
    for (int n = data.consumeInt(0, 4); n > 0; n--) {
      names.add(data.consumeBoolean() ? data.pickValue(NAMES) : anyString(data, 40));
    }
    return names;
  }

  /** Null, a real id of either style, or any string. */
  private static String arxiv(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 3)) {
      case 0:
        return null;
      case 1:
        return String.format("%04d.%05d", data.consumeInt(0, 9999), data.consumeInt(0, 99999));
      case 2:
        return "hep-th/" + String.format("%07d", data.consumeInt(0, 9999999));
      default:
        return anyString(data, 20);
    }
  }

  /** Null, a day as YYYY-MM-DD (not always a real one), or any string. */
  private static String published(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 2)) {
      case 0:
        return null;
      case 1:
        return String.format("%04d-%02d-%02d", data.consumeInt(0, 9999), data.consumeInt(0, 13), data.consumeInt(0, 32));
      default:
        return anyString(data, 12);
    }
  }

  /**
   * The text {@link Text#append(String)} keeps of {@code s}: a lone surrogate, which UTF-8 cannot
   * encode, becomes {@code ?}; everything else stays.
   */
  static String stored(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else {
        sb.append(Character.isSurrogate(c) ? '?' : c);
      }
    }
    return sb.toString();
  }

  /** The text of a null date in the delimited formats: an empty cell. */
  String dateCell() {
    return date == null ? "" : date;
  }

  String joinedUrls() {
    return String.join(" ", urls);
  }

  String joinedAuthors() {
    return String.join("; ", authors);
  }
}
