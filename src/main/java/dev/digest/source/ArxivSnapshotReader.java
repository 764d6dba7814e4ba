package dev.digest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * The records of arXiv's metadata snapshot (SPEC Section 7), one paper a line: title and abstract
 * unwrapped ({@link PlainText}; arXiv hard-wraps both and starts an abstract with a space), the
 * authors from {@code authors_parsed} ({@code [family, given, suffix]} each, written "given family
 * suffix"), the arXiv id {@code id}, and the publication date the day of the first version's
 * {@code created} (an RFC 1123 date). The snapshot has no date line. Every other field is passed
 * over.
 */
final class ArxivSnapshotReader extends JsonItemReader implements PieceSource {
  /** The parts of {@code [family, given, suffix]} in the order a name is written. */
  private static final int[] NAME_ORDER = {1, 0, 2};

  private final Text[] parts = {new Text(32), new Text(32), new Text(16)};
  private boolean hasTitle;
  private boolean hasAbstract;
  private String firstCreated;

  private ArxivSnapshotReader(JsonParser json, ParseOptions options, int linesBefore, long limit) {
    super(json, options, Layout.LINES, linesBefore, limit);
  }

  /** The records of {@code in}, which the reader closes. */
  static ArxivSnapshotReader open(InputStream in, ParseOptions options) throws IOException {
    return new ArxivSnapshotReader(parser(in, options), options, 0, -1);
  }

  /** The records of a share of a snapshot ({@link JsonLinesShares#open}). */
  static ArxivSnapshotReader openShare(InputStream in, ParseOptions options, int linesBefore, long limit) throws IOException {
    return new ArxivSnapshotReader(parser(in, options), options, linesBefore, limit);
  }

  @Override
  String itemName() {
    return "an arXiv snapshot line";
  }

  @Override
  boolean readField(String field, RecordView r) throws IOException {
    switch (field) {
      case "id":
        String id = stringOrNull("id");
        r.setArxiv(id == null || id.isBlank() ? null : id.strip());
        return true;
      case "title":
        hasTitle = readText("title", r.title());
        return true;
      case "abstract":
        hasAbstract = readText("abstract", r.abstractText());
        return true;
      case "authors_parsed":
        readAuthors(r);
        return true;
      case "versions":
        r.setPublished(Days.ofRfc1123(firstVersionCreated()));
        return true;
      default:
        return false;
    }
  }

  @Override
  void endItem(RecordView r) throws IOException {
    requireText(hasTitle, hasAbstract, "title", "abstract");
    hasTitle = false;
    hasAbstract = false;
  }

  /** Each {@code [family, given, suffix]} as "given family suffix", empty parts left out, each part unwrapped. */
  private void readAuthors(RecordView r) throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expectArray("authors_parsed");
    while (json.nextToken() != JsonToken.END_ARRAY) {
      expectArray("authors_parsed");
      for (Text part : parts) {
        part.clear();
      }
      int i = 0;
      while (json.nextToken() != JsonToken.END_ARRAY) {
        if (i < parts.length && json.currentToken() != JsonToken.VALUE_NULL) {
          appendString("authors_parsed", parts[i], true);
        } else {
          stringOrNull("authors_parsed");
        }
        i++;
      }
      Text names = r.authorText();
      int start = names.length();
      for (int p : NAME_ORDER) {
        if (!parts[p].isEmpty()) {
          if (names.length() > start) {
            names.appendAscii(' ');
          }
          names.append(parts[p]);
        }
      }
      if (names.length() > start) {
        r.endAuthor();
      }
    }
  }

  /** The {@code created} of the first entry of {@code versions}, the rest passed over. */
  private String firstVersionCreated() throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expectArray("versions");
    firstCreated = null;
    boolean first = true;
    while (json.nextToken() != JsonToken.END_ARRAY) {
      if (first && json.currentToken() == JsonToken.START_OBJECT) {
        readObject(
            field -> {
              if (field.equals("created") && json.currentToken() == JsonToken.VALUE_STRING) {
                firstCreated = json.getText();
                return true;
              }
              return false;
            });
      } else {
        json.skipChildren();
      }
      first = false;
    }
    return firstCreated;
  }
}
