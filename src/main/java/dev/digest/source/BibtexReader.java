package dev.digest.source;

import dev.digest.model.RecordView;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Value;

/**
 * The entries of a BibTeX file, parsed by jbibtex, whose grammar takes what a person or a reference
 * manager leaves in a .bib: {@code @string} macros, {@code @comment}s, {@code @preamble}, any entry
 * type, fields in any case and order. Each entry with a title is a record: its key as written,
 * {@code title}, {@code abstract} and {@code author} (split at {@code and}) decoded from LaTeX to
 * text ({@link LatexText}), {@code note} as the date when it is a date line, the arXiv id from
 * {@code eprint} or an arXiv {@code doi}; links are those of the abstract. An entry without a
 * title is no paper: its key is reported by {@link #keysWithoutRecord()}.
 *
 * <p>The file is read whole (jbibtex parses a whole database), a few times its size in memory.
 */
final class BibtexReader implements RecordSource {
  /** An entry's first line: {@code @type{key,}; what tells its line, which jbibtex does not keep. */
  private static final Pattern ENTRY = Pattern.compile("^\\s*@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s]*)", Pattern.MULTILINE);
  /** {@code and} between names, as BibTeX splits an author list (outside braces, checked apart). */
  private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

  private final TextRecord record;
  private final Iterator<BibTeXObject> objects;
  private final Map<String, ArrayDeque<Integer>> lines;
  private final List<String> keysWithoutRecord = new ArrayList<>();

  private BibtexReader(List<BibTeXObject> objects, Map<String, ArrayDeque<Integer>> lines, ParseOptions options) {
    this.record = new TextRecord(options);
    this.objects = objects.iterator();
    this.lines = lines;
  }

  static BibtexReader open(InputStream in, ParseOptions options) throws IOException {
    String text;
    try (TextLines lines = new TextLines(in, options)) {
      StringBuilder all = new StringBuilder();
      for (String line = lines.next(); line != null; line = lines.next()) {
        all.append(line).append('\n');
      }
      text = all.toString();
    }
    try {
      BibTeXParser parser =
          new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
              // an @string used before (or without) its definition stays as its name
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
              // a crossref to an entry in another file is not ours to resolve
            }
          };
      return new BibtexReader(parser.parse(new StringReader(outsideEntriesBlanked(text))).getObjects(), entryLines(text), options);
    } catch (ParseException e) {
      int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 1;
      throw new DigestInputException(
          options.sourceName(), line, "BibTeX that does not parse", "check the braces and commas of the entry here", e);
    } catch (RuntimeException | Error e) { // the generated lexer throws TokenMgrException, an Error
      throw new DigestInputException(
          options.sourceName(), lineOf(e.getMessage()), "BibTeX that does not parse (" + e.getMessage() + ")", "check the entry here", e);
    }
  }

  /**
   * {@code text} with what stands between entries blanked out (line ends kept, so lines still
   * count): BibTeX takes any text outside an entry as a comment, and people and tools leave some
   * there ({@code % Encoding: UTF-8}, notes); jbibtex's grammar refuses it. An entry runs from its
   * {@code @} to the brace or parenthesis that closes its opening one, counting braces; one
   * delimited by parentheses gets braces instead.
   */
  static String outsideEntriesBlanked(String text) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c != '@') {
        if (c != '\n' && c != '\r') {
          out.setCharAt(i, ' ');
        }
        i++;
        continue;
      }
      int open = i + 1;
      while (open < n && text.charAt(open) != '{' && text.charAt(open) != '(' && text.charAt(open) != '@') {
        open++;
      }
      if (open == n || text.charAt(open) == '@') {
        i = open; // an @ with no entry after it: jbibtex reports it
        continue;
      }
      char close = text.charAt(open) == '{' ? '}' : ')';
      int depth = 0;
      int j = open + 1;
      for (; j < n; j++) {
        char d = text.charAt(j);
        if (d == '{') {
          depth++;
        } else if (d == '}' && depth > 0) {
          depth--;
        } else if (d == close && depth == 0) {
          break;
        }
      }
      if (close == ')' && j < n) {
        // @type( ... ), which BibTeX takes as @type{ ... } and jbibtex's grammar does not
        out.setCharAt(open, '{');
        out.setCharAt(j, '}');
      }
      i = j + 1;
    }
    return out.toString();
  }

  /** The line a jbibtex lexer message names ({@code Lexical error at line 12, column 3.}), else 1. */
  private static int lineOf(String message) {
    Matcher m = message == null ? null : Pattern.compile("line (\\d+)").matcher(message);
    return m != null && m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  /** For each entry key, the lines where entries of that key start, in order. */
  private static Map<String, ArrayDeque<Integer>> entryLines(String text) {
    Map<String, ArrayDeque<Integer>> lines = new HashMap<>();
    Matcher m = ENTRY.matcher(text);
    int line = 1;
    int counted = 0;
    while (m.find()) {
      for (int i = counted; i < m.start(2); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      counted = m.start(2);
      lines.computeIfAbsent(m.group(2), k -> new ArrayDeque<>()).add(line);
    }
    return lines;
  }

  @Override
  public boolean advance() throws IOException {
    while (objects.hasNext()) {
      BibTeXObject o = objects.next();
      if (o instanceof BibTeXEntry) {
        BibTeXEntry entry = (BibTeXEntry) o;
        String key = entry.getKey().getValue();
        ArrayDeque<Integer> at = lines.get(key);
        int line = at == null || at.isEmpty() ? 1 : at.poll();
        if (read(entry, key, line)) {
          return true;
        }
        keysWithoutRecord.add(key);
      }
    }
    return false;
  }

  private boolean read(BibTeXEntry entry, String key, int line) throws IOException {
    Map<String, String> fields = new HashMap<>();
    for (Map.Entry<Key, Value> f : entry.getFields().entrySet()) {
      fields.putIfAbsent(f.getKey().getValue().toLowerCase(Locale.ROOT), f.getValue().toUserString());
    }
    String title = fields.get("title") == null ? "" : LatexText.decode(fields.get("title"));
    if (title.isEmpty()) {
      return false;
    }
    record.start(line);
    RecordView v = record.view;
    v.key().append(key);
    v.title().append(title);
    String abstractText = fields.get("abstract");
    v.abstractText().append(abstractText == null ? "" : LatexText.decode(abstractText));
    String authors = fields.get("author");
    if (authors != null) {
      for (String name : splitNames(authors)) {
        v.addAuthor(LatexText.decode(name));
      }
    }
    String note = fields.get("note");
    record.dateFromNote(note == null ? null : LatexText.decode(note));
    String eprint = fields.get("eprint");
    String prefix = fields.get("archiveprefix");
    if (eprint != null && (prefix == null || prefix.strip().equalsIgnoreCase("arxiv"))) {
      v.setArxiv(eprint.strip());
    } else {
      record.arxivFromDoi(fields.get("doi"));
    }
    record.finish();
    return true;
  }

  /** The names of an author list: split at {@code and} outside braces. */
  private static List<String> splitNames(String authors) {
    List<String> names = new ArrayList<>();
    Matcher m = AND.matcher(authors);
    int from = 0;
    while (m.find()) {
      if (depth(authors, m.start()) == 0) {
        names.add(authors.substring(from, m.start()));
        from = m.end();
      }
    }
    names.add(authors.substring(from));
    names.removeIf(String::isBlank);
    return names;
  }

  private static int depth(String s, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '{' && (i == 0 || s.charAt(i - 1) != '\\')) {
        depth++;
      } else if (c == '}' && (i == 0 || s.charAt(i - 1) != '\\')) {
        depth--;
      }
    }
    return depth;
  }

  @Override
  public List<String> keysWithoutRecord() {
    return List.copyOf(keysWithoutRecord);
  }

  @Override
  public RecordView current() {
    return record.view;
  }

  @Override
  public void close() {
    // read whole when opened
  }
}
