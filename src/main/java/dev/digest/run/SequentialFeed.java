package dev.digest.run;

import dev.digest.model.RecordView;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.source.InputKinds;
import dev.digest.source.RecordSource;
import java.io.IOException;
import java.util.List;

/** The inputs read one after the other on the calling thread ({@code -j 1}). */
final class SequentialFeed implements RecordFeed {
  private final List<InputSource> inputs;
  private final ParseOptions options;
  private final LineOrderedDiagnostics listener;
  private final DigestReader.InputListener inputListener;
  private final DigestReader.StallListener stallListener;
  private int nextInput;
  /** The input being read, or null between inputs. */
  private RecordSource reading;
  private RecordView current;

  SequentialFeed(
      List<InputSource> inputs,
      ParseOptions options,
      LineOrderedDiagnostics listener,
      DigestReader.InputListener inputListener,
      DigestReader.StallListener stallListener) {
    this.inputs = inputs;
    this.options = options;
    this.listener = listener;
    this.inputListener = inputListener;
    this.stallListener = stallListener;
  }

  @Override
  public boolean advance() throws IOException {
    while (true) {
      if (reading == null) {
        if (nextInput == inputs.size()) {
          current = null;
          return false;
        }
        InputSource input = inputs.get(nextInput++);
        inputListener.started(input);
        reading = InputKinds.open(input, options, listener);
      }
      if (reading.advance()) {
        current = reading.current();
        return true;
      }
      reading.close();
      reading = null;
      listener.releaseAll();
      inputListener.finished(inputs.get(nextInput - 1));
    }
  }

  @Override
  public RecordView current() {
    return current;
  }

  @Override
  public CurrentKey currentKey() {
    return reading != null && reading.keysAreFinal() ? CurrentKey.STORED : CurrentKey.FROM_TITLE;
  }

  @Override
  public void inputStalled() throws IOException {
    // The reading thread is the advancing thread: what was written so far can go out now.
    stallListener.stalled();
  }

  @Override
  public void close() throws IOException {
    if (reading != null) {
      reading.close();
      reading = null;
    }
  }
}
