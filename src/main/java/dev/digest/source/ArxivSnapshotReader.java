package dev.digest.source;

import com.fasterxml.jackson.core.JsonToken;
import dev.digest.model.RecordView;
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
final class ArxivSnapshotReader extends JsonItemReader {
  private static final int FAMILY = 0;
  private static final int GIVEN = 1;
  private static final int SUFFIX = 2;

  private final String[] parts = new String[3];
  private final StringBuilder name = new StringBuilder(64);
  private boolean hasTitle;
  private boolean hasAbstract;
  private String firstCreated;

  ArxivSnapshotReader(InputStream in, ParseOptions options) throws IOException {
    super(in, options, Layout.LINES);
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

  /** Each {@code [family, given, suffix]} as "given family suffix", empty parts left out. */
  private void readAuthors(RecordView r) throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expectArray("authors_parsed");
    while (json.nextToken() != JsonToken.END_ARRAY) {
      expectArray("authors_parsed");
      parts[FAMILY] = null;
      parts[GIVEN] = null;
      parts[SUFFIX] = null;
      int i = 0;
      while (json.nextToken() != JsonToken.END_ARRAY) {
        String part = stringOrNull("authors_parsed");
        if (i < parts.length) {
          parts[i] = part;
        }
        i++;
      }
      name.setLength(0);
      join(parts[GIVEN]);
      join(parts[FAMILY]);
      join(parts[SUFFIX]);
      if (name.length() > 0) {
        r.addAuthor(name.toString());
      }
    }
  }

  /** Adds a part of a name, its white space runs made one space, after one space. */
  private void join(String part) {
    if (part == null) {
      return;
    }
    boolean white = name.length() > 0;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (PlainText.isWhite(c)) {
        white = name.length() > 0;
      } else {
        if (white) {
          name.append(' ');
          white = false;
        }
        name.append(c);
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
