package dev.digest.write;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
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

  /**
   * A new renderer for another thread, whose records {@link #writeRendered} puts out; null when
   * this writer formats every record itself (indented JSON, whose indent depends on the records
   * around).
   * Each call gives a renderer of its own, independent of this writer and of the others.
   */
  default RecordRenderer newRenderer() {
    return null;
  }

  /**
   * Writes a record one of {@link #newRenderer()}'s renderers formatted, with {@code key} (the base
   * key it was rendered with, and the suffix the run gave it) and {@code line}: the same bytes
   * {@link #write} would have written for the record with that key and line.
   */
  default void writeRendered(RenderedRecord record, Text key, int line) throws IOException {
    throw new UnsupportedOperationException("this writer renders no records elsewhere");
  }
}
