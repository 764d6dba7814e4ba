package dev.digest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * The records of a Daily Papers API response (SPEC Section 7): the title is the item's {@code
 * title}, else {@code paper.title}; the abstract {@code paper.summary}; both unwrapped ({@link
 * PlainText}), as the page shows them. The authors are the {@code name}s of {@code paper.authors} in
 * order, the arXiv id {@code paper.id}, the publication date the day of {@code paper.publishedAt},
 * and the date the day the item was listed (its {@code publishedAt}), as {@code YYYY-MM-DD}. Every
 * other field is passed over.
 */
final class DailyPapersReader extends JsonItemReader {
  private final Text paperTitle = new Text(256);
  private final Text listed = new Text(16);
  private boolean hasTitle;
  private boolean hasPaperTitle;
  private boolean hasSummary;

  private DailyPapersReader(JsonParser json, ParseOptions options) {
    super(json, options, Layout.ARRAY);
  }

  /** The records of {@code in}, which the reader closes. */
  static DailyPapersReader open(InputStream in, ParseOptions options) throws IOException {
    return new DailyPapersReader(parser(in, options), options);
  }

  @Override
  String itemName() {
    return "a Daily Papers item";
  }

  @Override
  boolean readField(String field, RecordView r) throws IOException {
    switch (field) {
      case "paper":
        expectObject("paper");
        readObject(paperField -> readPaperField(paperField, r));
        return true;
      case "title":
        hasTitle = readText("title", r.title());
        return true;
      case "publishedAt":
        setListed(r, Days.ofIso(stringOrNull("publishedAt")));
        return true;
      default:
        return false;
    }
  }

  private boolean readPaperField(String field, RecordView r) throws IOException {
    switch (field) {
      case "id":
        r.setArxiv(trimmed(stringOrNull("paper.id")));
        return true;
      case "title":
        hasPaperTitle = readText("paper.title", paperTitle);
        return true;
      case "summary":
        hasSummary = readText("paper.summary", r.abstractText());
        return true;
      case "authors":
        readAuthors(r);
        return true;
      case "publishedAt":
        r.setPublished(Days.ofIso(stringOrNull("paper.publishedAt")));
        return true;
      default:
        return false;
    }
  }

  @Override
  void endItem(RecordView r) throws IOException {
    if (!hasTitle && hasPaperTitle) {
      r.title().copyFrom(paperTitle);
      hasTitle = true;
    }
    requireText(hasTitle, hasSummary, "title", "paper.summary");
    hasTitle = false;
    hasPaperTitle = false;
    hasSummary = false;
  }

  /** The {@code name} of each author object, in order; an author without a name is passed over. */
  private void readAuthors(RecordView r) throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expectArray("paper.authors");
    while (json.nextToken() != JsonToken.END_ARRAY) {
      expectObject("paper.authors");
      readObject(
          field -> {
            if (!field.equals("name") || json.currentToken() != JsonToken.VALUE_STRING) {
              return false;
            }
            int before = r.authorText().length();
            appendString("paper.authors.name", r.authorText(), true);
            if (r.authorText().length() > before) {
              r.endAuthor();
            }
            return true;
          });
    }
  }

  private void setListed(RecordView r, String day) {
    if (day == null) {
      r.setDate(null);
    } else {
      listed.clear();
      listed.append(day);
      r.setDate(listed);
    }
  }

  private static String trimmed(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
