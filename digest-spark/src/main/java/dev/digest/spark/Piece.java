package dev.digest.spark;

import dev.digest.model.RecordView;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestParser;
import dev.digest.parse.ParseOptions;
import dev.digest.source.InputKinds;
import dev.digest.source.JsonLinesShares;
import dev.digest.source.PieceSource;
import dev.digest.source.RecordSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.function.LongSupplier;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * What one task reads of one file: the whole file (any input kind), the bytes {@code [start, end)}
 * of a pasted digest cut at digest boundaries, or the items of an arXiv snapshot (JSON Lines) that
 * start in {@code [start, end)}; a piece's lines are numbered on from {@code linesBefore}.
 *
 * @param file the file
 * @param whole true to read the whole file as the kind its content tells
 * @param jsonLines true for a share of JSON Lines ({@link JsonLinesShares})
 * @param start the first byte of a piece
 * @param end the byte after the piece
 * @param linesBefore lines of the file before the piece
 */
record Piece(InputFile file, boolean whole, boolean jsonLines, long start, long end, int linesBefore) implements Serializable {

  static Piece whole(InputFile file) {
    return new Piece(file, true, false, 0, file.length(), 0);
  }

  static Piece text(InputFile file, long start, long end) {
    return new Piece(file, false, false, start, end, 0);
  }

  static Piece jsonLines(InputFile file, long start, long end) {
    return new Piece(file, false, true, start, end, 0);
  }

  Piece numberedFrom(int lines) {
    return new Piece(file, whole, jsonLines, start, end, lines);
  }

  /** The piece's records; {@code lines}, when given, counts the line ends of a text piece as it is read. */
  Records open(HadoopConf conf, ReadOptions options, DiagnosticListener listener) throws IOException {
    ParseOptions named = options.parseOptions(file.name());
    if (whole) {
      return new Records(InputKinds.open(file.source(conf), named, listener), () -> 0);
    }
    if (jsonLines) {
      // Read on to the file's end, not to the piece's: an item that starts in the piece is read
      // whole, and a problem is met where the whole file's read meets it.
      InputStream in = file.open(conf, start);
      try {
        PieceSource share = JsonLinesShares.open(in, named, linesBefore, end == file.length() ? -1 : end - start);
        return new Records(share, share::linesRead);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    }
    InputStream bytes = BoundedInputStream.builder().setInputStream(file.open(conf, start)).setMaxCount(end - start).get();
    LineCountingInputStream counted = new LineCountingInputStream(bytes);
    try {
      // The first piece is read as a whole input is (a byte-order mark, binary input); the others
      // are UTF-8 text that goes on from where the piece before ended.
      DigestParser parser = start == 0
          ? DigestParser.open(counted, named, listener)
          : DigestParser.openPiece(counted, named, linesBefore, listener);
      return new Records(RecordSource.of(parser), counted::lineEnds);
    } catch (IOException | RuntimeException e) {
      counted.close();
      throw e;
    }
  }

  /** A piece's records, and for a text piece or a share of JSON Lines the line ends read so far. */
  static final class Records implements AutoCloseable {
    private final RecordSource source;
    private final LongSupplier lines;

    Records(RecordSource source, LongSupplier lines) {
      this.source = source;
      this.lines = lines;
    }

    boolean advance() throws IOException {
      return source.advance();
    }

    RecordView current() {
      return source.current();
    }

    /** Line ends of a piece read so far (all of them once {@link #advance()} returned false). */
    long lineEnds() {
      return lines.getAsLong();
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }
}
