package dev.digest.write;

import java.io.OutputStream;

/**
 * What a writer made into a renderer writes to: the bytes of whichever batch it renders into now,
 * and the places it notes there ({@link RenderedRecord}). A writer notes a place after handing
 * what it buffers to this stream, so that the offsets are those of the bytes.
 */
final class RenderTarget extends OutputStream {
  private static final RenderedBytes EMPTY = new RenderedBytes(0);

  /** Where places go between renderings, so that a batch's renderings are not kept reachable here. */
  private final RenderedRecord idle = new RenderedRecord();
  private RenderedBytes into = EMPTY;
  private RenderedRecord places = idle;

  /** Renders the next record into {@code bytes}, its places noted in {@code record}. */
  void renderInto(RenderedBytes bytes, RenderedRecord record) {
    this.into = bytes;
    this.places = record;
  }

  @Override
  public void write(int b) {
    into.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    into.write(b, off, len);
  }

  /** Lets go of the batch rendered into, so that a batch dropped for its size is not kept reachable here. */
  void release() {
    into = EMPTY;
    places = idle;
  }

  /** Bytes in the batch so far: where the next byte written goes. */
  int position() {
    return into.size();
  }

  /** The base key ends {@code back} bytes before the end written so far. */
  void keyEnd(int back) {
    places.keyEndsAt(into.size() - back);
  }

  /** The line number is what was written from {@code from} to here. */
  void line(int from) {
    places.lineAt(from, into.size());
  }
}
