package dev.digest.spark;

import dev.digest.keys.KeyBuilder;
import dev.digest.model.RecordView;
import dev.digest.parse.Diagnostic;
import dev.digest.parse.DigestInputException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;

/**
 * Reads a task's pieces in order and gives their rows: the records that dedupe keeps, with the
 * keys the plan gave them, or with {@code warnings} the diagnostics the parser reports on the way.
 */
final class PieceRows implements PartitionReader<InternalRow> {
  private final List<PlannedPiece> pieces;
  private final HadoopConf conf;
  private final ReadOptions options;
  private final boolean warnings;
  private final KeyBuilder keys = new KeyBuilder();
  private final ArrayDeque<Diagnostic> diagnostics = new ArrayDeque<>();
  private int nextPiece;
  private PlannedPiece plan;
  private Piece.Records records;
  private int index;
  private InternalRow row;

  PieceRows(List<PlannedPiece> pieces, HadoopConf conf, ReadOptions options) {
    this.pieces = pieces;
    this.conf = conf;
    this.options = options;
    this.warnings = options.warnings();
  }

  @Override
  public boolean next() throws IOException {
    try {
      return warnings ? nextWarning() : nextRecord();
    } catch (DigestInputException e) {
      // The planning job read the same bytes without a problem: the file changed since.
      throw DigestSourceException.of(e);
    }
  }

  private boolean nextRecord() throws IOException {
    while (true) {
      if (records == null && !openNext()) {
        return false;
      }
      if (!records.advance()) {
        closePiece();
        continue;
      }
      int r = index++;
      if (plan.dropped(r)) {
        continue;
      }
      RecordView v = records.current();
      String renamed = plan.renamed(r);
      String key = renamed != null ? renamed : keys.build(v.title().toString());
      row = Rows.record(v, key);
      return true;
    }
  }

  private boolean nextWarning() throws IOException {
    while (diagnostics.isEmpty()) {
      if (records == null && !openNext()) {
        return false;
      }
      if (!records.advance()) {
        closePiece();
      }
    }
    row = Rows.warning(diagnostics.poll());
    return true;
  }

  private boolean openNext() throws IOException {
    if (nextPiece == pieces.size()) {
      return false;
    }
    plan = pieces.get(nextPiece++);
    records = plan.piece().open(conf, options, warnings ? diagnostics::add : d -> {});
    index = 0;
    return true;
  }

  private void closePiece() throws IOException {
    records.close();
    records = null;
  }

  @Override
  public InternalRow get() {
    return row;
  }

  @Override
  public void close() throws IOException {
    if (records != null) {
      closePiece();
    }
  }
}
