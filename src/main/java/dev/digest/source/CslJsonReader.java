package dev.digest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The items of a CSL-JSON array: {@code id} is the key, {@code title} and {@code abstract} as
 * written, {@code note} the date when it is a date line, {@code author} the names (a {@code
 * literal}, else given name, particles, family name and suffix joined with spaces), {@code issued}
 * the publication date when it names a whole day, {@code number} {@code arXiv:ID} or an arXiv
 * {@code DOI} the arXiv id; links are those of the abstract. Only a title is required.
 */
final class CslJsonReader extends JsonItemReader {
  private static final List<String> NAME_PARTS = List.of("given", "dropping-particle", "non-dropping-particle", "family", "suffix");

  private boolean hasTitle;
  private String note;
  private String doi;

  private CslJsonReader(JsonParser json, ParseOptions options) {
    super(json, options, Layout.ARRAY);
  }

  static CslJsonReader open(InputStream in, ParseOptions options) throws IOException {
    return new CslJsonReader(parser(in, options), options);
  }

  @Override
  String itemName() {
    return "a CSL-JSON item";
  }

  @Override
  boolean readField(String field, RecordView r) throws IOException {
    switch (field) {
      case "id":
        if (json.currentToken() == JsonToken.VALUE_NUMBER_INT) {
          r.key().append(json.getText());
        } else {
          appendString("id", r.key(), false);
        }
        return true;
      case "title":
        r.title().clear();
        appendString("title", r.title(), false);
        hasTitle = !r.title().isEmpty();
        return true;
      case "abstract":
        r.abstractText().clear();
        appendString("abstract", r.abstractText(), false);
        return true;
      case "note":
        note = stringOrNull("note");
        return true;
      case "DOI":
        doi = stringOrNull("DOI");
        return true;
      case "number":
        String number = json.currentToken() == JsonToken.VALUE_STRING ? json.getText() : "";
        if (number.regionMatches(true, 0, "arXiv:", 0, 6)) {
          r.setArxiv(number.substring(6).strip());
        }
        return true;
      case "author":
        readAuthors(r);
        return true;
      case "issued":
        readIssued(r);
        return true;
      default:
        return false;
    }
  }

  private void readAuthors(RecordView r) throws IOException {
    expectArray("author");
    while (json.nextToken() == JsonToken.START_OBJECT) {
      List<String> parts = new ArrayList<>();
      String[] literal = new String[1];
      String[] byPart = new String[NAME_PARTS.size()];
      readObject(
          part -> {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
              return false;
            }
            if (part.equals("literal")) {
              literal[0] = json.getText();
            } else if (NAME_PARTS.contains(part)) {
              byPart[NAME_PARTS.indexOf(part)] = json.getText();
            }
            return true;
          });
      for (String p : byPart) {
        if (p != null && !p.isBlank()) {
          parts.add(p.strip());
        }
      }
      String name = literal[0] != null ? literal[0] : String.join(" ", parts);
      if (!name.isBlank()) {
        r.addAuthor(name);
      }
    }
    if (json.currentToken() != JsonToken.END_ARRAY) {
      throw wrongType("author", "an array of names (objects)");
    }
  }

  /** {@code {"date-parts": [[YYYY, M, D]]}}: a whole day is the publication date. */
  private void readIssued(RecordView r) throws IOException {
    expectObject("issued");
    List<Integer> day = new ArrayList<>();
    readObject(
        field -> {
          if (!field.equals("date-parts") || json.currentToken() != JsonToken.START_ARRAY) {
            return false;
          }
          boolean first = true;
          for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
            if (first && t == JsonToken.START_ARRAY) {
              for (t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                day.add(json.getValueAsInt());
              }
            } else {
              json.skipChildren(); // a range's end
            }
            first = false;
          }
          return true;
        });
    if (day.size() == 3) {
      r.setPublished(String.format(Locale.ROOT, "%04d-%02d-%02d", day.get(0), day.get(1), day.get(2)));
    }
  }

  @Override
  void endItem(RecordView r) throws IOException {
    requireText(hasTitle, true, "title", "abstract");
    String date = TextRecord.dateLineOrNull(note);
    if (date != null) {
      r.setDate(Text.of(date));
    }
    if (r.arxiv() == null && TextRecord.arxivOfDoi(doi) != null) {
      r.setArxiv(TextRecord.arxivOfDoi(doi));
    }
    hasTitle = false;
    note = null;
    doi = null;
  }
}
