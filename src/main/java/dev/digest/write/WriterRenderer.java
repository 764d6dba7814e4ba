package dev.digest.write;

import dev.digest.model.RecordView;
import java.io.IOException;
import java.util.function.Function;

/**
 * A {@link RecordRenderer} made of a writer of the format: a writer of its own over a {@link
 * RenderTarget}, which writes each record alone (nothing that depends on the records before it,
 * such as a separator) and notes its places there.
 */
final class WriterRenderer implements RecordRenderer {
  /** A writer that can write one record alone into a render target. */
  interface Body {
    /** Writes {@code record} without what depends on its place in the output, noting its places. */
    void writeBody(RecordView record) throws IOException;

    /** Hands what the writer buffers to the target. */
    void drain() throws IOException;
  }

  private final RenderTarget target = new RenderTarget();
  private final Body body;

  WriterRenderer(Function<RenderTarget, Body> bodyOver) {
    this.body = bodyOver.apply(target);
  }

  @Override
  public void render(RecordView record, RenderedBytes out, RenderedRecord places) throws IOException {
    target.renderInto(out, places);
    try {
      body.writeBody(record);
      body.drain();
    } finally {
      target.release();
    }
  }
}
