package dev.digest.parse;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Cuts one input's UTF-8 text into pieces at {@linkplain DigestBoundaries digest boundaries}, so
 * that several parsers can read one large input at once and still give what one parser gives.
 * Each piece is at least {@code targetBytes} long where the input allows (a piece ends at the
 * first boundary after that). A piece's parser numbers its lines from 1, and {@link PieceLines}
 * puts them in place: the lines before a piece are counted by the parsers of the pieces before it,
 * so the bytes are not read once more to count them. Memory stays bounded: when no boundary comes within {@code maxBytes}, the rest of
 * the input is handed out as one last piece to be parsed as a stream.
 */
public final class DigestPieces implements Closeable {
  private static final int READ = 1 << 16;
  /** How far back a search that read more bytes starts again: lines a boundary is told by. */
  private static final int LOOK_BACK = 1 << 16;

  private final InputStream in;
  private final int targetBytes;
  private final int maxBytes;
  /** Bytes read but not yet handed out: the start of the next piece. */
  private byte[] buf;
  private int length;
  private boolean atEnd;
  private boolean done;
  /**
   * Arrays of pieces parsed and given back ({@link Piece#release()}), reused for the pieces to
   * come: in a steady run no piece allocates, so no garbage collection copies megabytes of text
   * that is still waiting to be parsed. Given back on other threads.
   */
  private final BlockingQueue<byte[]> released;

  /** A piece of the input: bytes to parse, or the rest of the input as a stream. */
  public static final class Piece {
    private final byte[] bytes;
    private final int length;
    private final InputStream rest;
    private final BlockingQueue<byte[]> releaseTo;

    Piece(byte[] bytes, int length, InputStream rest, BlockingQueue<byte[]> releaseTo) {
      this.bytes = bytes;
      this.length = length;
      this.rest = rest;
      this.releaseTo = releaseTo;
    }

    /**
     * Gives the piece's array back for the pieces still to be cut; call once its text is parsed,
     * and open it no more. Optional: a piece never given back is collected as garbage.
     */
    public void release() {
      if (rest == null && releaseTo != null) {
        releaseTo.add(bytes);
      }
    }

    /** The piece's text, UTF-8; for the unsplittable rest, a stream that reads on into the input. */
    public InputStream open() {
      InputStream head = new ByteArrayInputStream(bytes, 0, length);
      return rest == null ? head : new SequenceInputStream(head, rest);
    }

    /**
     * Whether the piece's last byte ends a line; when not, the next piece goes on with the same
     * line (a header glued to the end of text is cut inside its line).
     */
    public boolean endsWithLineEnd() {
      if (length == 0) {
        return true;
      }
      byte last = bytes[length - 1];
      return last == '\n' || last == '\r';
    }

    /** True when this piece reads on into the input: nothing comes after it, and the input must stay open until it is parsed. */
    public boolean streams() {
      return rest != null;
    }

    /** The array holding the piece's bytes from index 0 ({@link #size()} of them); for the parser only. */
    byte[] bytes() {
      return bytes;
    }

    /** Bytes held in memory by this piece. */
    public int size() {
      return length;
    }
  }

  /**
   * @param utf8 the input's text, already decoded to UTF-8; closing this closes it
   * @param targetBytes the size a piece reaches before it ends at the next boundary
   * @param maxBytes the most a piece holds while a boundary is looked for
   */
  public DigestPieces(InputStream utf8, int targetBytes, int maxBytes) {
    this(utf8, targetBytes, maxBytes, new LinkedBlockingQueue<>());
  }

  /**
   * Pieces whose arrays come from, and go back to, {@code arrays}: one pool shared by the inputs of
   * a run, so that a folder of many files allocates no more than one large file.
   */
  @SuppressFBWarnings(value = "EI_EXPOSE_REP2", justification = "the pool is shared on purpose, among the inputs of one run")
  public DigestPieces(InputStream utf8, int targetBytes, int maxBytes, BlockingQueue<byte[]> arrays) {
    if (targetBytes < 1 || maxBytes < targetBytes) {
      throw new IllegalArgumentException("need 1 <= targetBytes <= maxBytes");
    }
    this.in = utf8;
    this.targetBytes = targetBytes;
    this.maxBytes = maxBytes;
    this.released = arrays;
    int size = Math.min(maxBytes, Math.max(targetBytes, READ)) + READ;
    byte[] reused = arrays.poll();
    this.buf = reused != null && reused.length >= size ? reused : new byte[size];
  }

  /** The next piece, or null when the input is all handed out. */
  public Piece next() throws IOException {
    if (done) {
      return null;
    }
    int scanFrom = targetBytes;
    while (true) {
      if (length > targetBytes || atEnd) {
        int cut = DigestBoundaries.find(buf, Math.min(scanFrom, length), length, atEnd);
        if (cut != DigestBoundaries.NONE) {
          return cutAt(cut);
        }
        // Look again only near the end: a boundary needs a few lines around it, not the whole piece.
        scanFrom = Math.max(scanFrom, length - LOOK_BACK);
      }
      if (atEnd) {
        done = true;
        if (length == 0) {
          released.add(buf);
          return null;
        }
        return new Piece(buf, length, null, released);
      }
      if (length >= maxBytes) {
        // No boundary within reach: the rest goes as one stream, so memory stays bounded.
        return rest(in);
      }
      try {
        fill();
      } catch (InputIsLive live) {
        return rest(in);
      } catch (IOException e) {
        // The bytes before the failure are parsed as the whole input's parser parses them, and
        // the failure comes where it would have come.
        return rest(new FailingInput(e));
      }
    }
  }

  /** The bytes held and then {@code rest}, as the last piece. */
  private Piece rest(InputStream rest) {
    done = true;
    return new Piece(buf, length, rest, null);
  }

  private Piece cutAt(int cut) {
    byte[] piece = buf;
    int pieceLength = cut;
    byte[] next = released.poll();
    if (next == null || next.length < buf.length) {
      next = new byte[buf.length];
    }
    System.arraycopy(buf, cut, next, 0, length - cut);
    length -= cut;
    buf = next;
    return new Piece(piece, pieceLength, null, released);
  }

  private void fill() throws IOException {
    if (buf.length - length < READ) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + READ));
    }
    int n = in.read(buf, length, buf.length - length);
    if (n < 0) {
      atEnd = true;
    } else {
      length += n;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Thrown, before it takes any byte, by a read of the input under {@code DigestPieces} that would
   * wait for a live input (a terminal, {@code tail -f}): the bytes held and the rest of the input
   * are then handed out as one last piece to be parsed as a stream, so that each record comes out
   * as soon as it is complete rather than when a piece fills.
   */
  public static final class InputIsLive extends IOException {
    private static final long serialVersionUID = 1L;

    public InputIsLive() {
      super("the input is live");
    }
  }

  /** A stream whose every read fails as the input failed. */
  private static final class FailingInput extends InputStream {
    private final IOException failure;

    FailingInput(IOException failure) {
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      throw failure;
    }
  }
}
