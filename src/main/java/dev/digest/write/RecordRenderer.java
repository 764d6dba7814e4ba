package dev.digest.write;

import dev.digest.model.RecordView;
import java.io.IOException;

/**
 * Formats records on a thread of its own (a {@code -j} worker, where the record was just parsed),
 * for the run's {@link RecordWriter} to put out in order with {@link
 * RecordWriter#writeRendered}: the bytes its {@code write} would have written for the record, with
 * the key as the record holds it then (the base key) and its line within its piece, and where
 * both are, so that the run can put in the key's suffix and the line in the whole input. One renderer is used by one thread.
 */
public interface RecordRenderer {

  /**
   * Appends {@code record}'s bytes to {@code out}, and sets in {@code places} where its key ends
   * and where its line number is ({@link RenderedRecord#setKeyEnd}, {@link RenderedRecord#setLine}),
   * each only when the bytes hold it.
   */
  void render(RecordView record, RenderedBytes out, RenderedRecord places) throws IOException;
}
