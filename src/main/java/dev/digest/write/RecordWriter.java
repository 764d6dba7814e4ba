package dev.digest.write;

import dev.digest.model.RecordView;
import java.io.IOException;

/**
 * Writes records in one format. The caller owns the stream: a writer flushes it in {@link #end()}
 * and never closes it (it may be standard output).
 */
public interface RecordWriter {

  /** Writes what comes before the first record (an opening bracket, a header row). */
  void begin() throws IOException;

  void write(RecordView record) throws IOException;

  /** Writes what comes after the last record and flushes. */
  void end() throws IOException;

  /**
   * Hands on the records written so far, without what {@link #end()} adds: what a run that fails
   * after some records leaves on standard output, whole records in a document left unclosed.
   */
  void flush() throws IOException;
}
