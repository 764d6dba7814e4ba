package dev.digest.spark;

import dev.digest.keys.KeyBuilder;
import dev.digest.keys.SeenTitles;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The second planning job's task: parses each of its pieces (where they start and end was settled
 * by the first, {@link ShareStarts}) and sends back its records' base keys (and title
 * fingerprints, for dedupe) and line count; the driver then gives out the keys in input order
 * ({@link KeyPlan}).
 */
final class KeySurvey extends PlanningTask<Share, SpanSummary> {
  private static final long serialVersionUID = 1L;

  KeySurvey(HadoopConf conf, ReadOptions options) {
    super(conf, options);
  }

  @Override
  SpanSummary answer(Share share) throws IOException {
    return share.failure() != null ? share.failure() : share.piece() == null ? SpanSummary.empty() : summarize(share.piece());
  }

  private SpanSummary summarize(Piece piece) throws IOException {
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
}
