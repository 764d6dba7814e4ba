package dev.digest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * Records digest wrote as {@code json} or {@code jsonl}, read back with every field as written; the
 * run then gives each record a key anew (SPEC Section 7), so the key read serves only a run that
 * adds to this file, whose new keys must avoid it. A record written with {@code --fields}
 * lacks some fields: its links are then found in the abstract, its source is this input, its line
 * where the object starts, its date and paper data unknown, its abstract {@code ""} when it has none
 * ({@code --fields key,title}). A title it must have.
 * Unknown fields are passed over.
 */
final class DigestRecordsReader extends JsonItemReader {
  private final Text date = new Text(32);
  private boolean hasTitle;

  private DigestRecordsReader(JsonParser json, ParseOptions options) {
    super(json, options, Layout.EITHER);
  }

  /** The records of {@code in}, which the reader closes. */
  static DigestRecordsReader open(InputStream in, ParseOptions options) throws IOException {
    return new DigestRecordsReader(parser(in, options), options);
  }

  @Override
  String itemName() {
    return "a digest record";
  }

  @Override
  boolean readField(String field, RecordView r) throws IOException {
    switch (field) {
      case "key":
        // kept as written, for a run that adds to this file; a run gives every record a new key
        r.key().clear();
        appendString("key", r.key(), false);
        return true;
      case "title":
        r.title().clear();
        appendString("title", r.title(), false);
        hasTitle = true;
        return true;
      case "abstract":
        r.abstractText().clear();
        appendString("abstract", r.abstractText(), false);
        return true;
      case "urls":
        readUrls(r);
        return true;
      case "date":
        readDate(r);
        return true;
      case "source":
        String source = stringOrNull("source");
        if (source != null) {
          r.setSource(source);
        }
        return true;
      case "line":
        readLine(r);
        return true;
      case "authors":
        readAuthors(r);
        return true;
      case "arxiv":
        r.setArxiv(stringOrNull("arxiv"));
        return true;
      case "published":
        r.setPublished(stringOrNull("published"));
        return true;
      default:
        return false; // fields digest does not write
    }
  }

  @Override
  void endItem(RecordView r) throws IOException {
    requireText(hasTitle, true, "title", "abstract");
    hasTitle = false;
  }

  private void readUrls(RecordView r) throws IOException {
    expectArray("urls");
    r.clearUrls();
    linksGiven();
    while (json.nextToken() != JsonToken.END_ARRAY) {
      String url = stringOrNull("urls");
      if (url == null) {
        throw wrongType("urls", "a string");
      }
      r.addUrl(url);
    }
  }

  private void readDate(RecordView r) throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      r.setDate(null);
      return;
    }
    date.clear();
    appendString("date", date, false);
    r.setDate(date);
  }

  private void readLine(RecordView r) throws IOException {
    if (json.currentToken() != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
      throw wrongType("line", "a whole number");
    }
    r.setLine(json.getIntValue());
  }

  private void readAuthors(RecordView r) throws IOException {
    expectArray("authors");
    while (json.nextToken() != JsonToken.END_ARRAY) {
      appendString("authors", r.authorText(), false);
      r.endAuthor();
    }
  }
}
