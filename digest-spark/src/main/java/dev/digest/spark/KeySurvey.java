package dev.digest.spark;

import dev.digest.keys.KeyBuilder;
import dev.digest.keys.SeenTitles;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import dev.digest.source.InputHead;
import dev.digest.source.InputKinds;
import dev.digest.source.JsonLinesShares;
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
    Cutting cutting = cutting(file);
    if (cutting == Cutting.NONE) {
      return span.start() == 0 ? Piece.whole(file) : null;
    }
    try (FSDataInputStream in = file.open(conf, 0)) {
      if (cutting == Cutting.JSON_LINES) {
        // The share starts at the first cut in the span (none: the task before reads on through
        // it) and ends at the first cut at or after the span's end, wherever that is. This tiles
        // the file because whether a place is a cut depends on the five bytes around it alone,
        // not on where the search started.
        long start = JsonLinesCuts.cutBefore(in, span.start(), span.end(), file.length());
        long end = JsonLinesCuts.cutAtOrAfter(in, span.end(), file.length());
        return start < end ? Piece.jsonLines(file, start, end) : null;
      }
      // Not bounded for text: which digest boundaries a search sees depends on the line it starts
      // from, so a task whose span has no cut could not tell where the task before it ends.
      long start = DigestCuts.cutAtOrAfter(in, span.start(), file.length());
      long end = DigestCuts.cutAtOrAfter(in, span.end(), file.length());
      return start < end ? Piece.text(file, start, end) : null;
    }
  }

  /** How a large file is cut among tasks. */
  private enum Cutting {
    /** At digest boundaries: pasted text. */
    TEXT,
    /** Where an item of JSON Lines starts: an arXiv snapshot. */
    JSON_LINES,
    /** Not at all: read whole by the first task. */
    NONE
  }

  /**
   * Pasted text in UTF-8 is cut at digest boundaries (not UTF-16, which a byte-order mark says,
   * whatever the encoding option says, nor another encoding); an arXiv snapshot where an item
   * starts ({@link JsonLinesShares}); other JSON is read whole (told as every input's kind is,
   * {@link InputHead}), and so is JSON of no kind digest reads, whose read reports it.
   */
  private Cutting cutting(InputFile file) throws IOException {
    try (InputStream in = file.open(conf, 0)) {
      InputHead head = InputHead.read(in);
      if (head.looksLikeJson()) {
        try {
          return JsonLinesShares.splits(InputKinds.kindOf(head, file.name())) ? Cutting.JSON_LINES : Cutting.NONE;
        } catch (DigestInputException e) {
          return Cutting.NONE;
        }
      }
      byte[] mark = head.replay().readNBytes(3);
      if (mark.length == 3 && (mark[0] & 0xFF) == 0xEF && (mark[1] & 0xFF) == 0xBB && (mark[2] & 0xFF) == 0xBF) {
        return Cutting.TEXT;
      }
      boolean utf16Mark = mark.length >= 2 && ((mark[0] & 0xFF) == 0xFE || (mark[0] & 0xFF) == 0xFF);
      return !utf16Mark && options.charset().equals(StandardCharsets.UTF_8) ? Cutting.TEXT : Cutting.NONE;
    }
  }
}
