package dev.digest.source;

import dev.digest.model.RecordView;
import dev.digest.parse.DigestParser;
import java.io.Closeable;
import java.io.IOException;

/**
 * The records of one input, of whatever kind, pulled one at a time: {@link #advance()} moves to
 * the next, {@link #current()} is a view valid until the next call. Keys are not set here: they
 * belong to a whole run (but see {@link #keysAreFinal()}). Input that cannot be read throws {@link
 * dev.digest.parse.DigestInputException}.
 */
public interface RecordSource extends Closeable {

  /** Moves to the next record; false when the input has no more. */
  boolean advance() throws IOException;

  /** The current record; valid until the next {@link #advance()}. */
  RecordView current();

  /** The records of a text parser: a whole pasted digest, or a piece of one cut at a digest boundary. */
  static RecordSource of(DigestParser parser) {
    return new ParsedText(parser);
  }

  /**
   * The keys of entries this input holds that are no record (a BibTeX entry without a title), once
   * every record is read: a library that holds them still holds their keys.
   */
  default java.util.List<String> keysWithoutRecord() {
    return java.util.List.of();
  }

  /**
   * True when the records come with keys that must stay as they are (a library's stored keys):
   * the run reserves them instead of giving new ones.
   */
  default boolean keysAreFinal() {
    return false;
  }
}
