package dev.digest.spark;

import dev.digest.keys.KeyBuilder;
import dev.digest.keys.SeenTitles;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import dev.digest.source.InputHead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.spark.api.java.function.Function;

/**
 * The planning job's task: settles where each span's piece begins and ends, parses it, and sends
 * back its records' base keys (and title fingerprints, for dedupe) and line count; the driver then
 * gives out the keys in input order ({@link KeyPlan}).
 */
final class KeySurvey implements Function<List<Span>, List<SpanSummary>> {
  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;
  private final ReadOptions options;

  KeySurvey(HadoopConf conf, ReadOptions options) {
    this.conf = conf;
    this.options = options;
  }

  @Override
  public List<SpanSummary> call(List<Span> spans) throws IOException {
    List<SpanSummary> summaries = new ArrayList<>(spans.size());
    for (Span span : spans) {
      summaries.add(summarize(span));
    }
    return summaries;
  }

  private SpanSummary summarize(Span span) throws IOException {
    Piece piece;
    try {
      piece = pieceOf(span);
    } catch (DigestInputException e) {
      return SpanSummary.failed(null, e);
    }
    if (piece == null) {
      return SpanSummary.empty();
    }
    KeyBuilder keys = new KeyBuilder();
    Text key = new Text(64);
    ByteArrayOutputStream baseKeys = new ByteArrayOutputStream();
    long[] fingerprints = new long[options.dedupe() ? 64 : 0];
    int n = 0;
    try (Piece.Records records = piece.open(conf, options, DiagnosticListener.IGNORE)) {
      while (records.advance()) {
        RecordView v = records.current();
        keys.build(v.title(), key);
        baseKeys.write(key.bytes(), 0, key.length());
        baseKeys.write('\n');
        if (options.dedupe()) {
          if (n == fingerprints.length) {
            fingerprints = Arrays.copyOf(fingerprints, n * 2);
          }
          fingerprints[n] = SeenTitles.fingerprint(v.title());
        }
        n++;
      }
      return SpanSummary.read(piece, n, records.lineEnds(), baseKeys.toByteArray(), Arrays.copyOf(fingerprints, options.dedupe() ? n : 0));
    } catch (DigestInputException e) {
      return SpanSummary.failed(piece, e);
    }
  }

  /** What the span reads: null when another span reads its bytes. */
  private Piece pieceOf(Span span) throws IOException {
    InputFile file = span.file();
    if (!span.cut()) {
      return Piece.whole(file);
    }
    if (!cuttable(file)) {
      return span.start() == 0 ? Piece.whole(file) : null;
    }
    try (FSDataInputStream in = file.open(conf, 0)) {
      long start = DigestCuts.cutAtOrAfter(in, span.start(), file.length());
      long end = DigestCuts.cutAtOrAfter(in, span.end(), file.length());
      return start < end ? Piece.text(file, start, end) : null;
    }
  }

  /**
   * Only pasted text in UTF-8 is cut, the encoding digest boundaries are found in: not JSON (told
   * as every input's kind is, {@link InputHead}), not UTF-16 (a byte-order mark says so, whatever
   * the encoding option says), not another encoding.
   */
  private boolean cuttable(InputFile file) throws IOException {
    try (InputStream in = file.open(conf, 0)) {
      InputHead head = InputHead.read(in);
      if (head.looksLikeJson()) {
        return false;
      }
      byte[] mark = head.replay().readNBytes(3);
      if (mark.length == 3 && (mark[0] & 0xFF) == 0xEF && (mark[1] & 0xFF) == 0xBB && (mark[2] & 0xFF) == 0xBF) {
        return true;
      }
      boolean utf16Mark = mark.length >= 2 && ((mark[0] & 0xFF) == 0xFE || (mark[0] & 0xFF) == 0xFF);
      return !utf16Mark && options.charset().equals(StandardCharsets.UTF_8);
    }
  }
}
